import type { InputHTMLAttributes, ReactNode } from 'react';

interface FieldProps {
  /** The control's id, and the stem of the hint's id (`{id}-hint`). */
  id: string;
  label: ReactNode;
  /** Shown under the control and read with it (`aria-describedby`). */
  hint?: ReactNode;
  /** Other elements that describe the control (their ids), read before the hint. */
  describedBy?: string;
  /** The wrapper's classes (a plain block by default). */
  className?: string;
  /** Renders the control with the id and description it must carry. */
  children: (control: { id: string; 'aria-describedby': string | undefined }) => ReactNode;
}

/** One labelled control of a staff form, with its optional hint tied to it for screen readers. */
export function Field({ id, label, hint, describedBy, className, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const describers = [describedBy, hint ? hintId : undefined].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {children({ id, 'aria-describedby': describers || undefined })}
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & Omit<FieldProps, 'children' | 'describedBy'> & { inputClassName?: string };

export const textInputClass = 'mt-1 w-full rounded border border-gray-400 px-3 py-2';

/** A `Field` holding a one-line input, named after its id unless `name` says otherwise. */
export function TextField({ id, label, hint, className, inputClassName = textInputClass, name, 'aria-describedby': describedBy, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} describedBy={describedBy} className={className}>
      {(control) => <input {...control} name={name ?? id} className={inputClassName} {...input} />}
    </Field>
  );
}
