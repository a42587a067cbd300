'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { transitionAction } from '../../actions';
import { setExpiryAction } from '../../release-actions';

/** Runs a server action, then shows its refusal or refreshes the page's data. */
function useRun() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = (action: () => Promise<{ ok: true } | { ok: false; message: string }>, success: string) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { ok: true, text: success } : { ok: false, text: result.message });
      if (result.ok) router.refresh();
    });
  return { pending, message, run };
}

function Message({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return message.ok ? (
    <p role="status" className="text-sm text-emerald-900">
      {message.text}
    </p>
  ) : (
    <p className="rounded border border-red-300 bg-red-50 p-2 text-red-800">{message.text}</p>
  );
}

/** When the release leaves the site by itself; empty to keep it. */
export function ExpiryForm({ articleId, timeZone, initial }: { articleId: number; timeZone: string; initial: string }) {
  const t = useTranslations('Release');
  const [expiresAt, setExpiresAt] = useState(initial);
  const { pending, message, run } = useRun();
  return (
    <form
      className="mt-3 flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => setExpiryAction({ id: articleId, expiresAt }), t('saved'));
      }}
    >
      <label className="flex flex-col gap-1">
        <span className="font-bold">{t('expiresAt', { zone: timeZone })}</span>
        <input type="datetime-local" step={1} value={expiresAt} onChange={(event) => setExpiresAt(event.target.value)} aria-describedby="expiry-hint" className="rounded border border-gray-300 px-3 py-2" />
      </label>
      <p id="expiry-hint" className="text-sm text-muted">
        {t('expiryHint')}
      </p>
      <Message message={message} />
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-4 py-2 text-white">
        {t('saveExpiry')}
      </button>
    </form>
  );
}

/** A legal or editorial takedown, with the reason readers see, after an explicit confirmation. */
export function WithdrawForm({ articleId, language }: { articleId: number; language: { name: string; lang: string; dir: 'rtl' | 'ltr' } }) {
  const t = useTranslations('Release');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const { pending, message, run } = useRun();
  return (
    <form
      className="mt-4 flex flex-col gap-2 border-t border-gray-200 pt-3"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => transitionAction({ id: articleId, action: 'withdraw', reason }), t('saved'));
      }}
    >
      <h3 className="font-bold">{t('withdrawHeading')}</h3>
      <p className="text-sm text-muted">{t('withdrawHint')}</p>
      <label className="flex flex-col gap-1">
        <span className="font-bold">{t('withdrawReason', { language: language.name })}</span>
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={2} maxLength={500} lang={language.lang} dir={language.dir} className="rounded border border-gray-300 px-3 py-2" />
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" required checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
        {t('withdrawConfirm')}
      </label>
      <Message message={message} />
      <button type="submit" disabled={pending || !confirmed} className="self-start rounded bg-red-800 px-4 py-2 text-white disabled:opacity-60">
        {t('withdraw')}
      </button>
    </form>
  );
}
