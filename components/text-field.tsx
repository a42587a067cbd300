import type { InputHTMLAttributes, ReactNode } from 'react';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  /** The input's id; also its `name` unless one is given, and the stem of the hint's id (`{id}-hint`). */
  id: string;
  label: ReactNode;
  /** Shown under the input and read with it (`aria-describedby`). */
  hint?: ReactNode;
  /** The wrapper's classes (a plain block by default). */
  className?: string;
  inputClassName?: string;
};

export const textInputClass = 'mt-1 w-full rounded border border-gray-400 px-3 py-2';

/** One labelled input of a staff form, with its optional hint tied to it for screen readers. */
export function TextField({ id, label, hint, className, inputClassName = textInputClass, name, 'aria-describedby': describedBy, ...input }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const describers = [describedBy, hint ? hintId : undefined].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <input id={id} name={name ?? id} aria-describedby={describers || undefined} className={inputClassName} {...input} />
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
