'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { failureText } from '@/lib/failure-text';
import { addCommentAction, resolveCommentAction } from '../../actions';

export interface CommentView {
  id: number;
  body: string;
  quote: string | null;
  authorName: string;
  createdAt: string;
  resolved: boolean;
}

interface CommentsPanelProps {
  articleId: number;
  comments: CommentView[];
  canComment: boolean;
  /** The article's language and direction, for quoted passages. */
  language: string;
  dir: 'rtl' | 'ltr';
}

/** The review thread beside the editor: open comments first, each with the passage it quotes. */
export function CommentsPanel({ articleId, comments, canComment, language, dir }: CommentsPanelProps) {
  const t = useTranslations('Comments');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [body, setBody] = useState('');
  const [quote, setQuote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const open = comments.filter((comment) => !comment.resolved);
  const resolved = comments.filter((comment) => comment.resolved);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await addCommentAction({ id: articleId, body, ...(quote ? { quote } : {}) });
      if (!result.ok) {
        setMessage(failureText(result));
        return;
      }
      setBody('');
      setQuote('');
      setMessage(null);
      router.refresh();
    });
  }

  function resolve(commentId: number) {
    startTransition(async () => {
      const result = await resolveCommentAction({ id: articleId, commentId });
      if (!result.ok) setMessage(result.message);
      router.refresh();
    });
  }

  const renderComment = (comment: CommentView) => (
    <li key={comment.id} className={`rounded border p-3 ${comment.resolved ? 'border-gray-200 text-muted' : 'border-amber-300 bg-amber-50'}`}>
      {comment.quote ? (
        <blockquote lang={language} dir={dir} className="mb-2 border-s-4 border-gray-300 ps-3 text-sm italic">
          {comment.quote}
        </blockquote>
      ) : null}
      <p dir="auto" className="whitespace-pre-wrap">
        {comment.body}
      </p>
      <p className="mt-1 text-sm text-muted">
        <bdi>{comment.authorName}</bdi> · <time dateTime={comment.createdAt}>{new Date(comment.createdAt).toLocaleString()}</time>
      </p>
      {!comment.resolved && canComment ? (
        <button type="button" disabled={pending} onClick={() => resolve(comment.id)} className="mt-2 text-sm font-bold text-brand-700 underline">
          {t('resolve')}
        </button>
      ) : null}
    </li>
  );

  return (
    <section aria-labelledby="comments-heading" className="rounded border border-gray-300 p-4">
      <h2 id="comments-heading" className="text-lg font-bold">
        {t('heading', { count: open.length })}
      </h2>
      {open.length === 0 ? <p className="mt-2 text-muted">{t('none')}</p> : <ul className="mt-3 flex flex-col gap-3">{open.map(renderComment)}</ul>}
      {resolved.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-bold">{t('resolved', { count: resolved.length })}</summary>
          <ul className="mt-2 flex flex-col gap-2">{resolved.map(renderComment)}</ul>
        </details>
      ) : null}
      {canComment ? (
        <form onSubmit={submit} className="mt-4 flex flex-col gap-2">
          {quote ? (
            <blockquote lang={language} dir={dir} className="border-s-4 border-gray-300 ps-3 text-sm italic" data-testid="pending-quote">
              {quote}
            </blockquote>
          ) : null}
          <button
            type="button"
            // mousedown would otherwise take the selection away before the click reads it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setQuote(window.getSelection()?.toString().trim().slice(0, 2000) ?? '')}
            className="self-start text-sm font-bold text-brand-700 underline"
          >
            {t('quoteSelection')}
          </button>
          <label className="flex flex-col gap-1">
            <span className="font-bold">{t('newComment')}</span>
            <textarea value={body} onChange={(event) => setBody(event.target.value)} rows={3} dir="auto" required className="rounded border border-gray-300 px-3 py-2" />
          </label>
          {message ? <p className="rounded border border-red-300 bg-red-50 p-2 text-red-800">{message}</p> : null}
          <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-4 py-2 text-white">
            {t('add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
