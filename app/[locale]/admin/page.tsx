import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { openNewsroomPage } from '@/app/_server/page-setup';
import { ArticleTable } from '@/components/admin/article-table';
import { getDashboard } from '@/db/queries/newsroom-lists';
import { organizationTimeZone } from '@/db/queries/settings';
import { localeSettings } from '@/i18n/config';
import { Link } from '@/i18n/navigation';
import { listLanguages } from '@/lib/desks';
import { can } from '@/lib/permissions';
import { NewArticleLink } from '@/components/admin/new-article-link';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function DashboardPage({ params, searchParams }: PageProps<'/[locale]/admin'>) {
  const { locale, user } = await openNewsroomPage((await params).locale, '/admin', 'admin.access');
  const t = await getTranslations('Dashboard');
  const now = new Date();
  const timeZone = organizationTimeZone();
  const seesAll = can(user, 'article.viewAll');
  // A desk-limited user sees their languages unless they ask for all (`?language=all`).
  const everyLanguage = (await searchParams).language === 'all';
  const dashboard = getDashboard({ viewer: user, seesAll, reviews: can(user, 'article.review'), locales: listLanguages(user, everyLanguage ? 'all' : undefined), now });
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
        <NewArticleLink viewer={user} label={t('newArticle')} />
      </div>
      {user.languages ? (
        <p className="rounded border border-brand-100 bg-brand-50 p-3" data-testid="desk-scope">
          {everyLanguage ? t('allLanguagesShown') : t('deskLanguagesShown', { languages: user.languages.map((code) => localeSettings[code].nativeName).join(' · ') })}{' '}
          <Link href={everyLanguage ? '/admin' : '/admin?language=all'} className="text-brand-700 underline">
            {everyLanguage ? t('showDeskLanguages') : t('showAllLanguages')}
          </Link>
        </p>
      ) : null}
      {sections.map(({ key, showPublishAt }) => (
        <section key={key} aria-labelledby={`section-${key}`}>
          <h2 id={`section-${key}`} className="mb-2 text-xl font-bold">
            {t(`sections.${key}`)} <span className="text-muted">({dashboard[key].length})</span>
          </h2>
          <ArticleTable id={`section-${key}`} rows={dashboard[key]} locale={locale} showPublishAt={showPublishAt} now={now} timeZone={timeZone} />
        </section>
      ))}
    </div>
  );
}
