import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button.client';
import type { ReadOnlyNotice as Notice } from '@/lib/editor/read-only';
import { transitionAction } from '../../actions';

/**
 * In place of a save status that would claim "all changes saved" on text nobody can change: why
 * this article is read-only for this user, and the step that would open it, when they may take it.
 */
export async function ReadOnlyNotice({ notice, articleId, authorName, languageName }: { notice: Notice; articleId: number; authorName: string; languageName: string }) {
  const t = await getTranslations('ReadOnly');
  const tWorkflow = await getTranslations('Workflow');
  return (
    <section aria-labelledby="read-only-heading" className="rounded border-2 border-brand-200 bg-brand-50 p-4" data-testid="read-only-notice">
      <h2 id="read-only-heading" className="text-lg font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1">{t.rich(notice.reason, { author: authorName, language: languageName, name: (chunks) => <bdi>{chunks}</bdi> })}</p>
      {notice.remedy ? (
        <div className="mt-3">
          <ActionButton action={transitionAction.bind(null, { id: articleId, action: notice.remedy })} label={tWorkflow(`actions.${notice.remedy}`)} className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800" />
        </div>
      ) : null}
    </section>
  );
}
