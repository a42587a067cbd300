'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { translateArticleAction } from '../../actions';

/** "Translate into…": one button per language this release does not have yet. */
export function TranslateForm({ articleId, targets }: { articleId: number; targets: { locale: string; name: string }[] }) {
  const t = useTranslations('Translations');
  const [state, action, pending] = useActionState(translateArticleAction, null);
  if (targets.length === 0) return null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={articleId} />
      <span className="font-bold">{t('translateInto')}</span>
      {targets.map((target) => (
        <button key={target.locale} type="submit" name="locale" value={target.locale} disabled={pending} lang={target.locale} className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50">
          {target.name}
        </button>
      ))}
      {state && !state.ok ? <p className="w-full text-red-800">{state.message}</p> : null}
    </form>
  );
}
