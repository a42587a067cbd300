'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import { Field } from '@/components/text-field';
import { mediaDetailsFromForm } from '@/lib/validations/media';
import { removeMediaAction, saveMediaDetailsAction } from '../actions';

export interface MediaDetailsLanguage {
  locale: string;
  /** The language's own name, e.g. العربية. */
  name: string;
  dir: 'rtl' | 'ltr';
  alt: string;
  caption: string;
}

export interface MediaDetailsStrings {
  credit: string;
  /** One per language, already filled: "Text in العربية". */
  legends: Record<string, string>;
  alt: string;
  altHint: string;
  caption: string;
  save: string;
  saving: string;
  readOnly: string;
  delete: string;
  deleteHint: string;
  deleting: string;
}

interface MediaDetailsFormProps {
  id: number;
  credit: string;
  languages: MediaDetailsLanguage[];
  canEdit: boolean;
  /** Where to go after a deletion (the library, with its confirmation). */
  libraryPath: string;
  strings: MediaDetailsStrings;
}

type Feedback = { ok: boolean; message: string } | null;

interface ImageTextFieldProps {
  field: 'alt' | 'caption';
  language: MediaDetailsLanguage;
  label: string;
  hint?: string;
  maxLength: number;
  className?: string;
}

/** One of the image's texts in one language, written in that language and its direction. */
function ImageTextField({ field, language, label, hint, maxLength, className = '' }: ImageTextFieldProps) {
  return (
    <Field id={`${field}-${language.locale}`} label={label} hint={hint} className={`flex flex-col ${className}`}>
      {(control) => (
        <textarea
          {...control}
          name={`texts.${language.locale}.${field}`}
          defaultValue={language[field]}
          lang={language.locale}
          dir={language.dir}
          rows={2}
          maxLength={maxLength}
          className="mt-1 rounded border border-muted px-3 py-2"
        />
      )}
    </Field>
  );
}

/** Credit, then alt text and caption per language, each field in its own language and direction. */
export function MediaDetailsForm({ id, credit, languages, canEdit, libraryPath, strings }: MediaDetailsFormProps) {
  const router = useRouter();
  const [saved, saveAction, saving] = useActionState<Feedback, FormData>(async (_previous, formData) => {
    const result = await saveMediaDetailsAction(mediaDetailsFromForm(formData));
    return result.ok ? { ok: true, message: result.data.message } : { ok: false, message: result.message };
  }, null);
  const [removed, removeAction, removing] = useActionState<Feedback, FormData>(async () => {
    const result = await removeMediaAction({ id });
    if (result.ok && result.data.deleted) {
      router.push(`${libraryPath}?deleted=${id}`);
      return { ok: true, message: result.data.message };
    }
    return { ok: false, message: result.ok ? result.data.message : result.message };
  }, null);

  return (
    <div className="mt-6 space-y-8">
      <form action={saveAction} className="space-y-6">
        <input type="hidden" name="id" value={id} />
        {canEdit ? null : <p className="rounded bg-amber-50 p-3 text-amber-900">{strings.readOnly}</p>}
        <fieldset disabled={!canEdit || saving} className="space-y-6">
          <div className="flex flex-col">
            <label htmlFor="media-credit" className="font-bold">
              {strings.credit}
            </label>
            <input id="media-credit" name="credit" defaultValue={credit} dir="auto" maxLength={200} className="mt-1 rounded border border-muted px-3 py-2" />
          </div>
          {languages.map((language) => (
            <fieldset key={language.locale} className="rounded border border-brand-100 p-4">
              <legend className="px-1 font-bold">{strings.legends[language.locale]}</legend>
              <ImageTextField field="alt" language={language} label={strings.alt} hint={strings.altHint} maxLength={300} />
              <ImageTextField field="caption" language={language} label={strings.caption} maxLength={600} className="mt-4" />
            </fieldset>
          ))}
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-60">
            {saving ? strings.saving : strings.save}
          </button>
        </fieldset>
        <p aria-live="polite" className={saved?.ok ? 'text-brand-800' : 'font-bold text-red-800'}>
          {saved?.message}
        </p>
      </form>

      {canEdit ? (
        <form action={removeAction} className="border-t border-brand-100 pt-6">
          <p className="text-sm text-muted">{strings.deleteHint}</p>
          <button type="submit" disabled={removing} className="mt-2 rounded border border-red-800 px-4 py-2 font-bold text-red-800 hover:bg-red-50 disabled:opacity-60">
            {removing ? strings.deleting : strings.delete}
          </button>
          <p aria-live="polite" className={removed?.ok ? 'mt-2 text-brand-800' : 'mt-2 font-bold text-red-800'}>
            {removed?.message}
          </p>
        </form>
      ) : null}
    </div>
  );
}
