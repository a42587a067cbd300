'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { SharedLinkKind } from '@/lib/domain';
import type { LinkState } from '@/lib/shared-links';
import { createEmbargoLinkAction, revokeEmbargoLinkAction } from '../../actions';
import { createPreviewLinkAction, revokePreviewLinkAction } from '../../release-actions';

export interface EmbargoLinkView {
  id: number;
  url: string;
  expiresAt: string;
  expiresLabel: string;
  createdByName: string;
  state: LinkState;
}

/** Each kind of link: its messages and its server actions (same inputs, same results). */
const kinds = {
  embargo: { namespace: 'EmbargoLinks', create: createEmbargoLinkAction, revoke: revokeEmbargoLinkAction },
  preview: { namespace: 'PreviewLinks', create: createPreviewLinkAction, revoke: revokePreviewLinkAction },
} as const;

/** Present when a link may be made now (the article is approved or out): how far ahead it may expire. */
export interface EmbargoLinkLimits {
  maxDays: number;
}

/**
 * Links for people without an account: embargo links for partners (made while the article is
 * approved or out) or draft preview links (to the text as it is now). Create with an expiry, copy,
 * revoke (always).
 */
export function EmbargoPanel({ kind = 'embargo', articleId, links, timeZone, create: limits }: { kind?: SharedLinkKind; articleId: number; links: EmbargoLinkView[]; timeZone: string; create: EmbargoLinkLimits | null }) {
  const { namespace, create: createLinkAction, revoke: revokeLinkAction } = kinds[kind];
  const t = useTranslations(namespace);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [expiresAt, setExpiresAt] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  function create(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await createLinkAction({ id: articleId, expiresAt });
      setMessage(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  }

  function revoke(linkId: number) {
    startTransition(async () => {
      const result = await revokeLinkAction({ id: articleId, linkId });
      setMessage(result.ok ? null : result.message);
      router.refresh();
    });
  }

  return (
    <section aria-labelledby={`${kind}-links-heading`} className="rounded border border-gray-300 p-4" data-testid={`${kind}-links`}>
      <h2 id={`${kind}-links-heading`} className="text-lg font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('explanation')}</p>
      {limits ? (
        <form onSubmit={create} className="mt-3 flex flex-col gap-2">
          <label className="flex flex-col gap-1">
            <span className="font-bold">{t('expiresAt', { zone: timeZone })}</span>
            <input
              type="datetime-local"
              step={1}
              required
              aria-describedby={`${kind}-expiry-hint`}
              value={expiresAt}
              onChange={(event) => setExpiresAt(event.target.value)}
              className="rounded border border-gray-300 px-3 py-2"
            />
          </label>
          <p id={`${kind}-expiry-hint`} className="text-sm text-muted">
            {t('maxExpiry', { days: limits.maxDays })}
          </p>
          {message ? <p className="rounded border border-red-300 bg-red-50 p-2 text-red-800">{message}</p> : null}
          <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-4 py-2 text-white">
            {t('create')}
          </button>
        </form>
      ) : message ? (
        <p className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-red-800">{message}</p>
      ) : null}
      {links.length > 0 ? (
        <ul className="mt-3 flex flex-col gap-2">
          {links.map((link) => (
            <li key={link.id} className="rounded border border-gray-200 p-2">
              <label className="flex flex-col gap-1">
                <span className="text-sm font-bold">{t('linkLabel', { expires: link.expiresLabel, name: link.createdByName })}</span>
                <input readOnly value={link.url} dir="ltr" className="rounded border border-gray-300 px-2 py-1 text-sm" onFocus={(event) => event.target.select()} />
              </label>
              <p className="mt-1 text-sm">{t(`state.${link.state}`)}</p>
              {link.state === 'valid' || link.state === 'unavailable' ? (
                <button type="button" disabled={pending} onClick={() => revoke(link.id)} className="mt-1 text-sm font-bold text-red-800 underline">
                  {t('revoke')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
