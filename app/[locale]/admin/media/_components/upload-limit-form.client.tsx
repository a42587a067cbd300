'use client';

import { useActionState } from 'react';
import { saveUploadLimitAction } from '../actions';

export interface UploadLimitStrings {
  heading: string;
  label: string;
  hint: string;
  save: string;
}

/** The administrator's upload limit, in megabytes. */
export function UploadLimitForm({ megabytes, strings }: { megabytes: number; strings: UploadLimitStrings }) {
  const [state, action, pending] = useActionState<{ ok: boolean; message: string } | null, FormData>(async (_previous, formData) => {
    const result = await saveUploadLimitAction({ megabytes: formData.get('megabytes') });
    return result.ok ? { ok: true, message: result.data.message } : { ok: false, message: result.fieldErrors?.megabytes ? `${result.message} ${strings.hint}` : result.message };
  }, null);
  return (
    <form action={action} className="rounded border border-brand-100 p-4">
      <h2 className="text-lg font-bold">{strings.heading}</h2>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <div className="flex flex-col">
          <label htmlFor="upload-limit" className="text-sm font-bold">
            {strings.label}
          </label>
          <input id="upload-limit" name="megabytes" type="number" min={1} max={50} step={0.5} defaultValue={megabytes} aria-describedby="upload-limit-hint" className="mt-1 w-32 rounded border border-muted px-3 py-2" />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-60">
          {strings.save}
        </button>
      </div>
      <p id="upload-limit-hint" className="mt-1 text-sm text-muted">
        {strings.hint}
      </p>
      <p aria-live="polite" className={state?.ok ? 'text-brand-800' : 'font-bold text-red-800'}>
        {state?.message}
      </p>
    </form>
  );
}
