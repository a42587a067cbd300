import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button.client';
import type { Correction } from '@/db/queries/corrections';
import type { EditorArticle } from '@/db/queries/editor-article';
import type { CurrentUser } from '@/db/queries/users';
import { directionOf, isLocale, type Locale, localeSettings } from '@/i18n/config';
import { formatDateTime } from '@/lib/dates';
import { can } from '@/lib/permissions';
import { availableCorrectionActions } from '@/lib/workflow';
import { startCorrectionAction } from '../../release-actions';
import { CorrectionReview } from './correction-review.client';

/**
 * Above the editor of a published release: which text the editor holds. Either the live text,
 * read-only, with the way to start a correction; or the pending correction's copy, which readers
 * do not see until a reviewer approves it.
 */
export async function ReleaseNotice({ user, article, correction }: { user: CurrentUser; article: EditorArticle; correction: Correction | null }) {
  if (article.status !== 'published') return null;
  const t = await getTranslations('Corrections');
  if (correction) {
    return (
      <section aria-labelledby="editing-heading" className="rounded border-2 border-amber-500 bg-amber-50 p-4" data-testid="editing-notice">
        <h2 id="editing-heading" className="text-lg font-bold">
          {t('pending', { status: t(`status.${correction.status as 'draft'}`) })}
        </h2>
        <p className="mt-1">{t('editingCopy')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="editing-heading" className="rounded border border-gray-300 bg-gray-50 p-4" data-testid="editing-notice">
      <h2 id="editing-heading" className="text-lg font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1">{t('editingLive')}</p>
      {can(user, 'article.correct', article) ? (
        <>
          <p className="mt-1 text-sm text-muted">{t('explanation')}</p>
          <p className="mt-2">
            <ActionButton action={startCorrectionAction.bind(null, { id: article.id })} label={t('start')} className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800" />
          </p>
        </>
      ) : null}
    </section>
  );
}

/** The review of the pending correction: the buttons this user may press, and its schedule once approved. */
export async function CorrectionPanel({ user, locale, article, correction, timeZone }: { user: CurrentUser; locale: Locale; article: EditorArticle; correction: Correction; timeZone: string }) {
  const t = await getTranslations('Corrections');
  const actions = availableCorrectionActions(user, correction);
  const language = isLocale(article.locale) ? localeSettings[article.locale].nativeName : article.locale;
  return (
    <section aria-labelledby="correction-review-heading" className="rounded border-2 border-amber-500 p-4">
      <h2 id="correction-review-heading" className="text-lg font-bold">
        {t('reviewHeading')}
      </h2>
      {correction.status === 'approved' && correction.applyAt ? (
        <p className="mt-2" data-testid="correction-scheduled">
          {t('scheduledFor', { time: `${formatDateTime(correction.applyAt, locale, timeZone)} (${timeZone})` })}
        </p>
      ) : null}
      <CorrectionReview articleId={article.id} actions={actions} timeZone={timeZone} note={{ language, lang: article.locale, dir: directionOf(article.locale) }} />
    </section>
  );
}
