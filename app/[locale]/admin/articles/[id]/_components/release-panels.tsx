import { getTranslations } from 'next-intl/server';
import { listEmbargoLinks } from '@/db/queries/embargo';
import type { EditorArticle } from '@/db/queries/editor-article';
import type { CurrentUser } from '@/db/queries/users';
import { directionOf, isLocale, type Locale, localeSettings } from '@/i18n/config';
import { dateToZonedWallTime, formatDateTime } from '@/lib/dates';
import { env, siteUrl } from '@/lib/env';
import { can } from '@/lib/permissions';
import { maxPreviewLinkDays, previewLinkState, signPreviewToken } from '@/lib/preview-links';
import { EmbargoPanel } from './embargo-panel.client';
import { ExpiryForm, WithdrawForm } from './release-forms.client';

/**
 * The side panels about a release's life beyond review: when it leaves the site (expiry), taking
 * it down for good (withdrawal), and draft preview links for people without an account.
 */
export async function ReleasePanels({ user, article, locale, timeZone, now }: { user: CurrentUser; article: EditorArticle; locale: Locale; timeZone: string; now: Date }) {
  const t = await getTranslations('Release');
  const at = (date: Date) => `${formatDateTime(date, locale, timeZone)} (${timeZone})`;
  const canExpire = can(user, 'article.setExpiry', article);
  const canWithdraw = can(user, 'article.withdraw', article);
  const canPreview = can(user, 'article.previewLink', article);
  const secret = env.AUTH_SECRET;
  const previewLinks =
    can(user, 'article.revokePreviewLink', article) && secret
      ? listEmbargoLinks({ articleId: article.id, kind: 'preview' }).map((link) => ({
          id: link.id,
          url: `${siteUrl}/${article.locale}/draft/${signPreviewToken(link.token, secret)}`,
          expiresAt: link.expiresAt.toISOString(),
          expiresLabel: formatDateTime(link.expiresAt, locale, timeZone),
          createdByName: link.createdByName,
          state: previewLinkState(link, article.status, now),
        }))
      : [];
  const language = { name: isLocale(article.locale) ? localeSettings[article.locale].nativeName : article.locale, lang: article.locale, dir: directionOf(article.locale) };

  return (
    <>
      {article.status === 'withdrawn' && article.withdrawnAt ? (
        <section aria-labelledby="withdrawn-heading" className="rounded border-2 border-gray-800 p-4" data-testid="withdrawn-notice">
          <h2 id="withdrawn-heading" className="text-lg font-bold">
            {t('withdrawn', { time: at(article.withdrawnAt) })}
          </h2>
          {article.withdrawalReason ? (
            <p className="mt-1" lang={article.locale} dir={language.dir}>
              {article.withdrawalReason}
            </p>
          ) : null}
        </section>
      ) : null}
      {canExpire || canWithdraw ? (
        <section aria-labelledby="release-heading" className="rounded border border-gray-300 p-4">
          <h2 id="release-heading" className="text-lg font-bold">
            {t('heading')}
          </h2>
          {article.expiresAt ? (
            <p className="mt-2" data-testid="expiry">
              {article.expiresAt.getTime() > now.getTime() ? t('expiresOn', { time: at(article.expiresAt) }) : t('expiredOn', { time: at(article.expiresAt) })}
            </p>
          ) : null}
          {canExpire ? <ExpiryForm articleId={article.id} timeZone={timeZone} initial={article.expiresAt ? dateToZonedWallTime(article.expiresAt, timeZone) : ''} /> : null}
          {canWithdraw ? <WithdrawForm articleId={article.id} language={language} /> : null}
        </section>
      ) : null}
      {canPreview || previewLinks.length > 0 ? <EmbargoPanel kind="preview" articleId={article.id} links={previewLinks} timeZone={timeZone} create={canPreview ? { maxDays: maxPreviewLinkDays } : null} /> : null}
    </>
  );
}
