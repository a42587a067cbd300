import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { openArticlePage } from '@/app/_server/page-setup';
import { getOpenCorrection } from '@/db/queries/corrections';
import { getRevision, listRevisions } from '@/db/queries/article-revisions';
import { organizationTimeZone } from '@/db/queries/settings';
import { directionOf } from '@/i18n/config';
import { formatDateTime } from '@/lib/dates';
import { can } from '@/lib/permissions';
import { hasChanges, releaseDiff } from '@/lib/text-diff';
import { DiffView } from '../_components/diff-view';
import { ActionButton } from '@/components/admin/action-button.client';
import { InLanguage } from '@/components/in-language';
import { TableHead } from '@/components/admin/table-head';
import { restoreRevisionAction } from '../../actions';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function HistoryPage({ params, searchParams }: PageProps<'/[locale]/admin/articles/[id]/history'>) {
  const { locale, user, article } = await openArticlePage(params, 'article.history', '/history');
  const t = await getTranslations('History');
  const revisions = listRevisions({ articleId: article.id });
  const timeZone = organizationTimeZone();
  const query = await searchParams;
  const pick = (value: string | string[] | undefined, fallback: number | undefined) => {
    const wanted = Number(Array.isArray(value) ? value[0] : value);
    return revisions.some((revision) => revision.id === wanted) ? wanted : fallback;
  };
  // Default comparison: the newest revision against the one before it.
  const toId = pick(query.to, revisions[0]?.id);
  const fromId = pick(query.from, revisions[1]?.id ?? revisions[0]?.id);
  const from = fromId ? getRevision({ articleId: article.id, revisionId: fromId }) : null;
  const to = toId ? getRevision({ articleId: article.id, revisionId: toId }) : null;
  const diff = from && to ? releaseDiff(from, to) : null;
  const canRestore = can(user, 'article.edit', article);
  // Which text readers see now and which waits in review: the live line's newest revision while
  // the release is published, and the newest revision of its open correction's copy.
  const openCorrection = article.status === 'published' ? getOpenCorrection({ articleId: article.id }) : null;
  const liveId = article.status === 'published' ? revisions.find((revision) => revision.correctionId === null)?.id : undefined;
  const pendingId = openCorrection ? revisions.find((revision) => revision.correctionId === openCorrection.id)?.id : undefined;
  const dir = directionOf(article.locale);

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-6">
      <BackLink href={`/admin/articles/${article.id}`}>{t('backToEditor')}</BackLink>
      <h1 className="text-2xl font-bold">
        {t('heading')}: <InLanguage locale={article.locale}>{article.title}</InLanguage>
      </h1>
      <form method="get" className="flex flex-col gap-3">
        <table className="w-full">
          <TableHead
            look="newsroom"
            caption={t('heading')}
            columns={[t('from'), t('to'), t('version'), t('who'), t('when'), t('reason'), t('state'), canRestore ? <span key="restore" className="sr-only">{t('restore')}</span> : null]}
          />
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id} className="border-b border-gray-100" data-testid="revision">
                <td className="py-2 pe-3">
                  <input type="radio" name="from" value={revision.id} defaultChecked={revision.id === fromId} aria-label={t('compareFrom', { version: revision.version })} />
                </td>
                <td className="py-2 pe-3">
                  <input type="radio" name="to" value={revision.id} defaultChecked={revision.id === toId} aria-label={t('compareTo', { version: revision.version })} />
                </td>
                <td className="py-2 pe-3">{revision.version}</td>
                <td className="py-2 pe-3">
                  <bdi>{revision.editorName ?? '—'}</bdi>
                </td>
                <td className="py-2 pe-3">
                  <time dateTime={revision.updatedAt.toISOString()}>{formatDateTime(revision.updatedAt, locale, timeZone)}</time>
                </td>
                <td className="py-2 pe-3">{t(`reasons.${revision.reason as 'save'}`)}</td>
                <td className="py-2 pe-3" data-testid="revision-state">
                  {revision.id === liveId ? <span className="rounded-full bg-brand-100 px-2 py-0.5 text-sm font-bold text-brand-900">{t('live')}</span> : null}
                  {revision.id === pendingId ? <span className="rounded-full bg-amber-100 px-2 py-0.5 text-sm font-bold text-amber-900">{t('pending')}</span> : null}
                </td>
                {canRestore ? (
                  <td className="py-2 pe-3">
                    <ActionButton action={restoreRevisionAction.bind(null, { id: article.id, revisionId: revision.id })} label={t('restoreVersion', { version: revision.version })} className="text-sm font-bold text-brand-700 underline" />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="self-start rounded bg-brand-700 px-4 py-2 text-white">
          {t('compare')}
        </button>
      </form>
      {diff ? (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading" className="text-xl font-bold">
            {t('differences')}
          </h2>
          {hasChanges(diff) ? <DiffView blocks={diff} dir={dir} lang={article.locale} /> : <p className="mt-2 text-muted">{t('noDifferences')}</p>}
        </section>
      ) : null}
    </div>
  );
}
