'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { WorkflowAction } from '@/lib/workflow';
import { transitionAction } from '../../actions';
import { approveAndPublishAction } from '../../approve-and-publish-action';

interface WorkflowPanelProps {
  articleId: number;
  actions: WorkflowAction[];
  /** Offer "Approve and publish now": the user may take both steps on this text. */
  approveAndPublish: boolean;
  /** The organization's time zone, in which publish times are typed. */
  timeZone: string;
}

/** The workflow buttons this user may press; request changes asks for a note, approve for an optional time. */
export function WorkflowPanel({ articleId, actions, approveAndPublish, timeZone }: WorkflowPanelProps) {
  const t = useTranslations('Workflow');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [comment, setComment] = useState('');
  const [publishAt, setPublishAt] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  if (actions.length === 0) return null;

  function run(action: WorkflowAction | 'approveAndPublish') {
    startTransition(async () => {
      const result =
        action === 'approveAndPublish'
          ? await approveAndPublishAction({ id: articleId })
          : await transitionAction({
              id: articleId,
              action,
              ...(action === 'requestChanges' ? { comment } : {}),
              ...((action === 'approve' || action === 'publish') && publishAt !== '' ? { publishAt } : {}),
            });
      if (!result.ok) {
        setMessage(result.message);
        return;
      }
      setMessage(null);
      setComment('');
      router.refresh();
    });
  }

  const timed = actions.includes('approve') || actions.includes('publish');
  return (
    <section aria-labelledby="workflow-heading" className="rounded border border-gray-300 p-4">
      <h2 id="workflow-heading" className="text-lg font-bold">
        {t('heading')}
      </h2>
      {actions.includes('requestChanges') ? (
        <label className="mt-3 flex flex-col gap-1">
          <span className="font-bold">{t('reviewNote')}</span>
          <textarea value={comment} onChange={(event) => setComment(event.target.value)} rows={3} dir="auto" className="rounded border border-gray-300 px-3 py-2" />
        </label>
      ) : null}
      {timed ? (
        <label className="mt-3 flex flex-col gap-1">
          <span className="font-bold">{t('publishAt', { zone: timeZone })}</span>
          <input type="datetime-local" step={1} value={publishAt} onChange={(event) => setPublishAt(event.target.value)} className="rounded border border-gray-300 px-3 py-2" />
          <span className="text-sm text-muted">{t('publishAtHint')}</span>
        </label>
      ) : null}
      {message ? <p className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-red-800">{message}</p> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        {actions.map((action) => (
          <button key={action} type="button" disabled={pending} onClick={() => run(action)} className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800 disabled:opacity-60">
            {t(`actions.${action}`)}
          </button>
        ))}
        {approveAndPublish ? (
          <button type="button" disabled={pending} onClick={() => run('approveAndPublish')} className="rounded bg-emerald-700 px-4 py-2 text-white hover:bg-emerald-800 disabled:opacity-60">
            {t('approveAndPublish')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
