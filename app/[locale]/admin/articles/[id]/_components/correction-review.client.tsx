'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { CorrectionKind } from '@/lib/domain';
import type { CorrectionAction } from '@/lib/workflow';
import { correctionTransitionAction } from '../../release-actions';

interface CorrectionReviewProps {
  articleId: number;
  actions: CorrectionAction[];
  timeZone: string;
  /** The correction note is written in the article's language and direction. */
  note: { language: string; lang: string; dir: 'rtl' | 'ltr' };
}

/** The correction's buttons; approving asks what readers are told (date only, or a note) and when it goes live. */
export function CorrectionReview({ articleId, actions, timeZone, note: noteLanguage }: CorrectionReviewProps) {
  const t = useTranslations('Corrections');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [comment, setComment] = useState('');
  const [kind, setKind] = useState<CorrectionKind | null>(null);
  const [note, setNote] = useState('');
  const [applyAt, setApplyAt] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  if (actions.length === 0) return null;

  function run(action: CorrectionAction) {
    startTransition(async () => {
      const result = await correctionTransitionAction({
        id: articleId,
        action,
        ...(action === 'requestChanges' ? { comment } : {}),
        ...(action === 'approve' ? { ...(kind ? { kind } : {}), note, ...(applyAt !== '' ? { applyAt } : {}) } : {}),
      });
      setMessage(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  }

  return (
    <div className="mt-3 flex flex-col gap-3">
      {actions.includes('requestChanges') ? (
        <label className="flex flex-col gap-1">
          <span className="font-bold">{t('reviewNote')}</span>
          <textarea value={comment} onChange={(event) => setComment(event.target.value)} rows={3} dir="auto" className="rounded border border-gray-300 px-3 py-2" />
        </label>
      ) : null}
      {actions.includes('approve') ? (
        <>
          <fieldset className="flex flex-col gap-1">
            <legend className="font-bold">{t('kind')}</legend>
            {(['updated', 'correction'] as const).map((option) => (
              <label key={option} className="flex items-center gap-2">
                <input type="radio" name="correction-kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
                {option === 'updated' ? t('kindUpdated') : t('kindCorrection')}
              </label>
            ))}
          </fieldset>
          {kind === 'correction' ? (
            <label className="flex flex-col gap-1">
              <span className="font-bold">{t('note', { language: noteLanguage.language })}</span>
              <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={3} maxLength={500} lang={noteLanguage.lang} dir={noteLanguage.dir} className="rounded border border-gray-300 px-3 py-2" />
            </label>
          ) : null}
          <label className="flex flex-col gap-1">
            <span className="font-bold">{t('applyAt', { zone: timeZone })}</span>
            <input type="datetime-local" step={1} value={applyAt} onChange={(event) => setApplyAt(event.target.value)} aria-describedby="correction-apply-hint" className="rounded border border-gray-300 px-3 py-2" />
            <span id="correction-apply-hint" className="text-sm text-muted">
              {t('applyAtHint')}
            </span>
          </label>
        </>
      ) : null}
      {message ? <p className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{message}</p> : null}
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={pending}
            onClick={() => run(action)}
            className={action === 'discard' ? 'rounded border border-red-700 px-4 py-2 text-red-800' : 'rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800 disabled:opacity-60'}
          >
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
