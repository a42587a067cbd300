import type { ReactNode } from 'react';

/** One group of settings: a section named by its heading, with an optional hint under it. */
export function SettingsSection({ id, heading, hint, children }: { id: string; heading: ReactNode; hint?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 rounded border border-brand-100 p-4">
      <h2 id={id} className={hint ? 'text-lg font-bold' : 'mb-4 text-lg font-bold'}>
        {heading}
      </h2>
      {hint ? <p className="mt-1 mb-4 text-sm text-muted">{hint}</p> : null}
      {children}
    </section>
  );
}

/** An on/off setting: the checkbox, its label and the hint that says what it changes. */
export function CheckboxSetting({ id, name, label, hint, defaultChecked }: { id: string; name: string; label: ReactNode; hint: ReactNode; defaultChecked: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={`${id}-hint`} className="mt-1 size-4" />
      <div>
        <label htmlFor={id} className="font-bold">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      </div>
    </div>
  );
}
