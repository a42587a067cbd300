'use client';

import { type ReactNode, startTransition, useActionState, useEffect, useId, useRef } from 'react';
// A type only (erased from the bundle): every action answers the wrapper's one result type.
import type { ActionState } from '@/app/_server/safe-action';

interface ActionFormProps {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  /** When the visible label is short (e.g. "Up"), the full name for screen readers; it must contain the visible label. */
  submitAccessibleName?: string;
  pendingLabel: string;
  /** Field name → visible label, so the error summary can name the field. */
  fieldLabels?: Record<string, string>;
  /** Empty the fields after success (e.g. after creating something new). */
  resetOnSuccess?: boolean;
  tone?: 'primary' | 'secondary' | 'danger';
  className?: string;
  children: ReactNode;
}

const buttonTone = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  secondary: 'border border-brand-700 text-brand-800 hover:bg-brand-50',
  danger: 'bg-red-700 text-white hover:bg-red-800',
};

/**
 * A form posting to a server action. It works without JavaScript; with it, the typed input stays
 * in place when the server refuses it (React would otherwise reset the form), invalid fields are
 * marked, and the outcome is announced.
 */
export function ActionForm({ action, submitLabel, submitAccessibleName, pendingLabel, fieldLabels = {}, resetOnSuccess = false, tone = 'primary', className, children }: ActionFormProps) {
  const [state, dispatch, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryId = useId();

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const invalid = state && !state.ok ? (state.fieldErrors ?? {}) : {};
    for (const element of Array.from(form.elements)) {
      if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
      const hasError = (invalid[element.name]?.length ?? 0) > 0;
      element.toggleAttribute('aria-invalid', hasError);
      if (hasError) element.setAttribute('aria-errormessage', summaryId);
      else element.removeAttribute('aria-errormessage');
    }
    if (state?.ok && resetOnSuccess) form.reset();
  }, [state, resetOnSuccess, summaryId]);

  const fieldErrors = state && !state.ok ? Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages?.length) : [];

  return (
    <form
      ref={formRef}
      action={dispatch}
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => dispatch(formData));
      }}
      className={className ?? 'space-y-4'}
      noValidate
    >
      {children}
      {state && !state.ok ? (
        <div id={summaryId} role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-bold">{state.message}</p>
          {fieldErrors.length > 0 ? (
            <ul className="mt-1 list-disc ps-5">
              {fieldErrors.map(([field, messages]) => (
                <li key={field}>
                  {fieldLabels[field] ? `${fieldLabels[field]}: ` : ''}
                  {messages!.join(' ')}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p role="status" className={state?.ok ? 'rounded border border-brand-100 bg-brand-50 p-3 text-brand-900' : 'sr-only'}>
        {state?.ok ? (state.message ?? '') : ''}
      </p>
      <button type="submit" disabled={pending} aria-label={submitAccessibleName} className={`rounded px-4 py-2 font-bold disabled:opacity-60 ${buttonTone[tone]}`}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
