import { searchPath } from '@/lib/paths';

interface SearchFormProps {
  locale: string;
  /** The input's id: the header's box and the search page's own stand on one page. */
  id: string;
  label: string;
  submitLabel: string;
  /** The header's box: its label is for screen readers only (the button says the same). */
  compact?: boolean;
  defaultValue?: string;
  placeholder?: string;
}

/** The public search: a plain GET form, so it works without JavaScript and a result page can be shared. */
export function SearchForm({ locale, id, label, submitLabel, compact = false, defaultValue, placeholder }: SearchFormProps) {
  return (
    <form role="search" aria-label={label} action={searchPath(locale)} method="get" className={compact ? 'flex items-center' : 'mt-6 flex max-w-2xl flex-wrap gap-2'}>
      <label htmlFor={id} className={compact ? 'sr-only' : 'w-full font-bold'}>
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        dir="auto"
        defaultValue={defaultValue}
        placeholder={placeholder}
        className={compact ? 'site-search-input' : 'min-w-0 flex-1 rounded border border-muted px-3 py-2'}
      />
      <button type="submit" className={compact ? 'site-search-button' : 'rounded bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800'}>
        {submitLabel}
      </button>
    </form>
  );
}
