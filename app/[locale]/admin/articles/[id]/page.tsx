import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { openArticlePage } from '@/app/_server/page-setup';
import type { JSONContent } from '@tiptap/react';
import { LocalTime } from '@/components/admin/local-time.client';
import { StatusBadge } from '@/components/admin/status-badge';
import { ArticleBody } from '@/components/article/article-body';
import { InLanguage } from '@/components/in-language';
import { listEmbargoLinks } from '@/db/queries/embargo';
import { getMedia } from '@/db/queries/media';
import { organizationTimeZone } from '@/db/queries/settings';
import { getRevisionAtVersion } from '@/db/queries/article-revisions';
import { listCategoryOptions } from '@/db/queries/categories';
import { getEditorArticle, listTagNames, listTranslations } from '@/db/queries/editor-article';
import { listComments } from '@/db/queries/review-comments';
import { directionOf, isLocale, localeSettings, locales } from '@/i18n/config';
import { Link } from '@/i18n/navigation';
import { dateToZonedWallTime, formatDateTime } from '@/lib/dates';
import { embargoLinkState, maxEmbargoLinkDays, signEmbargoToken } from '@/lib/embargo';
import { emptyBody } from '@/lib/editor/validate-body';
import { env, siteUrl } from '@/lib/env';
import { toLibraryImage } from '@/lib/media/library-image';
import { withoutOutsideImages } from '@/lib/media/usage';
import { can, canTranslateInto } from '@/lib/permissions';
import { isBodyDocument } from '@/lib/render';
import { hasChanges, releaseDiff } from '@/lib/text-diff';
import { availableActions, isScheduled } from '@/lib/workflow';
import { canApproveAndPublish } from '@/lib/approve-and-publish';
import { readOnlyNotice } from '@/lib/editor/read-only';
import { ReadOnlyNotice } from './_components/read-only-notice';
import { mediaPickerProps } from '../../media/media-ui';
import { ArticleEditor } from './_components/article-editor.client';
import type { FeaturedPreview } from './_components/editor-types';
import { CommentsPanel } from './_components/comments-panel.client';
import { DiffView } from './_components/diff-view';
import { EmbargoPanel } from './_components/embargo-panel.client';
import { ActionButton } from '@/components/admin/action-button.client';
import { markTranslationUpdatedAction } from '../actions';
import { TranslateForm } from './_components/translate-form.client';
import { WorkflowPanel } from './_components/workflow-panel.client';
import { CorrectionPanel, ReleaseNotice } from './_components/correction-panel';
import { ReleasePanels } from './_components/release-panels';
import { getOpenCorrection } from '@/db/queries/corrections';
import { correctionAsArticle } from '@/lib/workflow';
import { saveCorrectionAction } from '../release-actions';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { robots: { index: false, follow: false } };

const clientNamespaces = ['ArticleEditor', 'Workflow', 'Comments', 'EmbargoLinks', 'Translations', 'Corrections', 'Release', 'PreviewLinks'] as const;

export default async function EditArticlePage({ params }: PageProps<'/[locale]/admin/articles/[id]'>) {
  const { locale, user, article } = await openArticlePage(params, 'article.view');

  const t = await getTranslations('ArticleEditor');
  const messages = await getMessages();
  const now = new Date();
  const dir = directionOf(article.locale);
  // A published release is edited through its correction's copy, while the live text stays online.
  const correction = article.status === 'published' ? getOpenCorrection({ articleId: article.id }) : null;
  const correctionFacts = correction ? correctionAsArticle(correction) : null;
  const text = correction ?? article;
  const editable = correctionFacts ? can(user, 'article.edit', correctionFacts) : can(user, 'article.edit', article);
  const notice = correction ? null : readOnlyNotice(user, article);
  const translations = listTranslations({ article });
  const present = new Set([article.locale, ...translations.map((translation) => translation.locale)]);
  const source = article.translatedFromId ? getEditorArticle({ id: article.translatedFromId }) : null;
  const sourceChanged = source !== null && source.version > (article.translatedFromVersion ?? 0);
  const sourceBefore = sourceChanged && source ? getRevisionAtVersion({ articleId: source.id, version: article.translatedFromVersion ?? 0 }) : null;
  const sourceDiff = source && sourceBefore ? releaseDiff(sourceBefore, source) : null;
  const scheduled = isScheduled(article.status, article.publishAt, now);
  const timeZone = organizationTimeZone();
  const canCreateEmbargoLink = can(user, 'article.embargoLink', article);
  // Reviewers see an article's links in every state, so a link can be taken back whatever happened since.
  const canSeeEmbargoLinks = can(user, 'article.revokeEmbargoLink', article);
  const secret = env.AUTH_SECRET;
  const embargoLinks =
    canSeeEmbargoLinks && secret
      ? listEmbargoLinks({ articleId: article.id }).map((link) => ({
          id: link.id,
          url: `${siteUrl}/${article.locale}/embargo/${signEmbargoToken(link.token, secret)}`,
          expiresAt: link.expiresAt.toISOString(),
          expiresLabel: formatDateTime(link.expiresAt, locale, timeZone),
          createdByName: link.createdByName,
          state: embargoLinkState(link, article.status, now),
        }))
      : [];
  const comments = listComments({ articleId: article.id }).map((comment) => ({
    id: comment.id,
    body: comment.body,
    quote: comment.quote,
    authorName: comment.authorName,
    createdAt: comment.createdAt.toISOString(),
    resolved: comment.resolvedAt !== null,
  }));
  const featuredItem = text.featuredMediaId ? getMedia({ viewer: user, id: text.featuredMediaId }) : null;
  const featuredImage = featuredItem ? toLibraryImage(featuredItem) : null;
  const featured: FeaturedPreview | null = featuredImage ? { id: featuredImage.id, src: featuredImage.thumbnail, alt: featuredImage.alt[article.locale]?.trim() ?? '' } : null;
  const contentLocale = isLocale(article.locale) ? article.locale : null;
  const picker = editable && contentLocale ? await mediaPickerProps({ viewer: user, uiLocale: locale, contentLocale }) : null;
  // A body stored before outside images were refused may hold one: the editor must not fetch it.
  const body = withoutOutsideImages((isBodyDocument(text.body) ? text.body : emptyBody) as JSONContent);
  const picked = Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace]]));

  const editor = (
    <ArticleEditor
      key={correction ? `correction-${correction.id}` : 'article'}
      articleId={article.id}
      version={text.version}
      correction={correction ? { save: saveCorrectionAction } : undefined}
      fields={{
        title: text.title,
        slug: article.slug,
        summary: text.summary,
        datelineCity: text.datelineCity,
        source: text.source,
        categoryId: text.categoryId,
        tags: text.tags,
        publishAt: article.publishAt ? dateToZonedWallTime(article.publishAt, timeZone) : '',
        featuredMediaId: featured?.id ?? null,
      }}
      body={body.body}
      outsideImagesLeftOut={body.removed > 0}
      language={article.locale}
      dir={dir}
      editable={editable}
      slugFollowsTitle={article.publishedAt === null && article.version === 1}
      categories={listCategoryOptions({ locale: article.locale })}
      knownTags={listTagNames({ viewer: user, locale: article.locale })}
      timeZone={timeZone}
      languageName={contentLocale ? localeSettings[contentLocale].nativeName : article.locale}
      featured={featured}
      picker={picker}
    />
  );

  return (
    <NextIntlClientProvider messages={picked}>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6">
        <header className="flex flex-col gap-2">
          <BackLink href="/admin">{t('backToDashboard')}</BackLink>
          <h1 className="text-2xl font-bold">
            {editable ? t('heading') : t('readOnlyHeading')}: <InLanguage locale={article.locale}>{article.title}</InLanguage>
          </h1>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <StatusBadge status={article.status} scheduled={scheduled} testId="article-status" />
            <span>
              {t('language')}: <span lang={article.locale}>{localeSettings[article.locale as keyof typeof localeSettings]?.nativeName ?? article.locale}</span>
            </span>
            <span>
              {t('author')}: <bdi>{article.authorName}</bdi>
            </span>
            <Link href={`/admin/articles/${article.id}/history`} className="text-brand-700 underline">
              {t('history')}
            </Link>
            {can(user, 'article.preview', article) ? (
              <Link href={`/admin/articles/${article.id}/preview`} className="text-brand-700 underline">
                {t('preview')}
              </Link>
            ) : null}
          </div>
          {article.publishAt && article.status === 'published' ? (
            <p data-testid="publish-time">
              {scheduled ? t('scheduledFor') : t('publishedAt')} <time dateTime={article.publishAt.toISOString()}>{formatDateTime(article.publishAt, locale, timeZone)}</time> ({timeZone})
              <LocalTime iso={article.publishAt.toISOString()} locale={locale} label={t('yourTime')} />
            </p>
          ) : null}
          {translations.length > 0 ? (
            <nav aria-label={t('translations')}>
              <ul className="flex flex-wrap gap-3 text-sm">
                {translations.map((translation) => (
                  <li key={translation.id}>
                    <Link href={`/admin/articles/${translation.id}`} className="text-brand-700 underline">
                      <span lang={translation.locale}>{localeSettings[translation.locale as keyof typeof localeSettings]?.nativeName ?? translation.locale}</span>
                    </Link>{' '}
                    <StatusBadge status={translation.status} />
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <TranslateForm
            articleId={article.id}
            targets={locales
              .filter((candidate) => !present.has(candidate) && canTranslateInto(user, article, candidate))
              .map((candidate) => ({ locale: candidate, name: localeSettings[candidate].nativeName }))}
          />
        </header>

        {/* A published release says which text the editor holds, and offers a correction to whoever may start one. */}
        {article.status === 'published' && (correction || can(user, 'article.correct', article)) ? (
          <ReleaseNotice user={user} article={article} correction={correction} />
        ) : notice ? (
          <ReadOnlyNotice
            notice={notice}
            articleId={article.id}
            authorName={article.authorName}
            languageName={contentLocale ? localeSettings[contentLocale].nativeName : article.locale}
          />
        ) : null}

        {sourceChanged && source ? (
          <section aria-labelledby="source-changed-heading" className="rounded border-2 border-amber-500 bg-amber-50 p-4">
            <h2 id="source-changed-heading" className="text-lg font-bold">
              {t('sourceChanged')}
            </h2>
            {sourceDiff && hasChanges(sourceDiff) ? <DiffView blocks={sourceDiff} dir={directionOf(source.locale)} lang={source.locale} /> : null}
            {can(user, 'article.markTranslationUpdated', article) ? <ActionButton action={markTranslationUpdatedAction.bind(null, { id: article.id })} label={t('markUpdated')} className="mt-2 rounded bg-brand-700 px-4 py-2 text-white" /> : null}
          </section>
        ) : null}

        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="flex flex-col gap-6">
            {source ? (
              <div className="grid gap-6 md:grid-cols-2">
                <section aria-labelledby="source-heading" className="rounded border border-gray-300 bg-gray-50 p-4">
                  <h2 id="source-heading" className="mb-2 text-sm font-bold text-muted">
                    {t('sourceText')}
                  </h2>
                  <div lang={source.locale} dir={directionOf(source.locale)} data-testid="source-text">
                    <p className="text-xl font-bold">{source.title}</p>
                    <ArticleBody locale={source.locale} body={source.body} className="prose-news" />
                  </div>
                </section>
                <section aria-label={t('translationText')}>{editor}</section>
              </div>
            ) : (
              editor
            )}
          </div>
          <aside className="flex flex-col gap-4">
            {/* Withdrawal has its own form (a reason for readers, a confirmation): ReleasePanels. */}
            <WorkflowPanel articleId={article.id} actions={availableActions(user, article).filter((action) => action !== 'withdraw')} approveAndPublish={canApproveAndPublish(user, article)} timeZone={timeZone} />
            {correction ? <CorrectionPanel user={user} locale={locale} article={article} correction={correction} timeZone={timeZone} /> : null}
            <ReleasePanels user={user} article={article} locale={locale} timeZone={timeZone} now={now} />
            <CommentsPanel articleId={article.id} comments={comments} canComment={can(user, 'article.comment', article)} language={article.locale} dir={dir} />
            {canSeeEmbargoLinks && (canCreateEmbargoLink || embargoLinks.length > 0) ? (
              <EmbargoPanel articleId={article.id} links={embargoLinks} timeZone={timeZone} create={canCreateEmbargoLink ? { maxDays: maxEmbargoLinkDays } : null} />
            ) : null}
          </aside>
        </div>
      </div>
    </NextIntlClientProvider>
  );
}
