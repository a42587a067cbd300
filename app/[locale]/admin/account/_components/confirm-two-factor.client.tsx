'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { TextField } from '@/components/text-field';
import { confirmTwoFactorAction } from '../two-factor-actions';

/** The typed confirmation; once accepted, the ten recovery codes, shown this one time. */
export function ConfirmTwoFactor({ continueTo }: { continueTo: string }) {
  const t = useTranslations('TwoFactor');
  const [state, action, pending] = useActionState(confirmTwoFactorAction, null);
  const errorId = useId();
  if (state?.ok) {
    return (
      <div role="status" className="rounded border-2 border-emerald-600 bg-emerald-50 p-4">
        <p className="font-bold">{t('enabled')}</p>
        <p className="mt-2">{t('recoveryIntro')}</p>
        <ul aria-label={t('recoveryCodes')} className="mt-3 grid grid-cols-2 gap-2 font-mono" dir="ltr" data-testid="recovery-codes">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {/* A full page load: the admin area then opens as it now may. */}
        <a href={continueTo} className="mt-4 inline-block rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
          {t('continue')}
        </a>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-2">
      <TextField
        id="totp-confirmation"
        name="code"
        label={t('code')}
        required
        inputMode="numeric"
        autoComplete="one-time-code"
        dir="ltr"
        aria-invalid={state && !state.ok ? true : undefined}
        aria-describedby={state && !state.ok ? errorId : undefined}
        className="flex flex-col gap-2"
        inputClassName="w-40 rounded border border-gray-400 px-3 py-2 text-start font-mono tracking-widest"
      />
      {state && !state.ok ? (
        <p id={errorId} role="alert" className="text-red-800">
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {t('confirm')}
      </button>
    </form>
  );
}
