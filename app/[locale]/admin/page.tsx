import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/app/_server/newsroom-access';
import { StatusBadge } from '@/components/admin/status-badge';
import { type DashboardRow, getDashboard } from '@/db/queries/newsroom';
import { directionOf, isLocale, localeSettings, organizationTimeZone, type Locale } from '@/i18n/config';
import { Link } from '@/i18n/navigation';
import { formatDateTime } from '@/lib/dates';
import { can } from '@/lib/permissions';
import { isScheduled } from '@/lib/workflow';

export const metadata: Metadata = { robots: { index: false, follow: false } };

async function ArticleTable({ id, rows, locale, showPublishAt, now }: { id: string; rows: DashboardRow[]; locale: Locale; showPublishAt?: boolean; now: Date }) {
  const t = await getTranslations('Dashboard');
  if (rows.length === 0) return <p className="text-muted">{t('empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-start" aria-labelledby={id}>
        <thead>
          <tr className="border-b border-gray-300 text-start text-sm text-muted">
            <th scope="col" className="py-2 pe-3 text-start">{t('columns.language')}</th>
            <th scope="col" className="py-2 pe-3 text-start">{t('columns.title')}</th>
            <th scope="col" className="py-2 pe-3 text-start">{t('columns.author')}</th>
            <th scope="col" className="py-2 pe-3 text-start">{t('columns.status')}</th>
            <th scope="col" className="py-2 pe-3 text-start">{showPublishAt ? t('columns.publishAt', { zone: organizationTimeZone }) : t('columns.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const when = showPublishAt && row.publishAt ? row.publishAt : row.updatedAt;
            return (
              <tr key={row.id} className="border-b border-gray-100">
                <td className="py-2 pe-3" lang={row.locale}>
                  {localeSettings[row.locale as Locale]?.nativeName ?? row.locale}
                </td>
                <td className="py-2 pe-3">
                  <Link href={`/admin/articles/${row.id}`} lang={row.locale} dir={directionOf(row.locale)} className="font-bold text-brand-800 underline">
                    {row.title}
                  </Link>
                </td>
                <td className="py-2 pe-3">
                  <bdi>{row.authorName}</bdi>
                </td>
                <td className="py-2 pe-3">
                  <StatusBadge status={row.status} scheduled={isScheduled(row.status, row.publishAt, now)} />
                </td>
                <td className="py-2 pe-3">
                  <time dateTime={when.toISOString()}>{formatDateTime(when, locale)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default async function DashboardPage({ params }: PageProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireUser(locale, '/admin');
  if (!can(user, 'admin.access')) notFound();
  const t = await getTranslations('Dashboard');
  const now = new Date();
  const seesAll = can(user, 'article.viewAll');
  const dashboard = getDashboard({ viewer: user, seesAll, now });
  const sections: { key: keyof typeof dashboard; showPublishAt?: boolean }[] = [
    { key: 'changesRequested' },
    { key: 'awaitingReview' },
    { key: 'myDrafts' },
    { key: 'scheduled', showPublishAt: true },
    { key: 'recentlyPublished', showPublishAt: true },
  ];

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        {can(user, 'article.create') ? (
          <Link href="/admin/articles/new" className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
            {t('newArticle')}
          </Link>
        ) : null}
      </div>
      {sections.map(({ key, showPublishAt }) => (
        <section key={key} aria-labelledby={`section-${key}`}>
          <h2 id={`section-${key}`} className="mb-2 text-xl font-bold">
            {t(`sections.${key}`)} <span className="text-muted">({dashboard[key].length})</span>
          </h2>
          <ArticleTable id={`section-${key}`} rows={dashboard[key]} locale={locale} showPublishAt={showPublishAt} now={now} />
        </section>
      ))}
    </div>
  );
}
