import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { publicCacheScope } from '@/app/_server/public-cache';
import { ArticleCard } from '@/components/article-card';
import { getHomeSections } from '@/db/queries/public-lists';
import { publicDateStyle } from '@/db/queries/settings';
import { isLocale, locales } from '@/i18n/config';
import { cacheTags } from '@/lib/cache-tags';
import { categoryPath, feedPath, latestPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { SiteShell } from './_components/site-shell';

export const revalidate = 86400;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    ...pageMetadata({
      locale,
      path: `/${locale}`,
      title: t('title'),
      description: t('description'),
      languages: Object.fromEntries(locales.map((l) => [l, `/${l}`])),
      xDefault: '/',
      siteName: t('siteName'),
    }),
    title: { absolute: t('title') },
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  await publicCacheScope([cacheTags.publicLocale(locale)]);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const feed = await getTranslations({ locale, namespace: 'Feed' });
  const { lead, latest, sections, more } = getHomeSections({ locale });
  const dates = publicDateStyle();

  return (
    <SiteShell locale={locale}>
      <h1 className="mb-6 text-3xl font-bold">{t('latestNews')}</h1>
      {lead === null ? (
        <p className="text-muted">{t('empty')}</p>
      ) : (
        <>
          <div className="grid gap-8 lg:grid-cols-3">
            <div className="border-b border-brand-100 pb-6 lg:col-span-2 lg:border-e lg:border-b-0 lg:pe-8">
              <p className="mb-2 text-sm font-bold text-brand-700">{t('leadStory')}</p>
              <ArticleCard article={lead} locale={locale} size="lead" dates={dates} />
            </div>
            <ul className="flex flex-col gap-5">
              {latest.slice(0, 4).map((article) => (
                <li key={article.id} className="border-b border-brand-100 pb-4">
                  <ArticleCard article={article} locale={locale} size="compact" showSummary={false} dates={dates} />
                </li>
              ))}
            </ul>
          </div>
          {latest.length > 4 ? (
            <ul className="mt-8 grid gap-6 md:grid-cols-2">
              {latest.slice(4).map((article) => (
                <li key={article.id} className="border-b border-brand-100 pb-4">
                  <ArticleCard article={article} locale={locale} dates={dates} />
                </li>
              ))}
            </ul>
          ) : null}
          {more ? (
            <p className="mt-6">
              <Link href={latestPath(locale, 2)} className="font-bold text-brand-700 underline underline-offset-4">
                {t('moreNews')}
              </Link>
            </p>
          ) : null}
          {sections.map(({ category, articles }) => (
            <section key={category.id} aria-labelledby={`section-${category.id}`} className="mt-12">
              <h2 id={`section-${category.id}`} className="border-b-2 border-brand-600 pb-2 text-2xl font-bold">
                <Link href={categoryPath(locale, category.slug)} className="hover:underline">
                  {category.name}
                </Link>
              </h2>
              <ul className="mt-4 grid gap-6 md:grid-cols-3">
                {articles.map((article) => (
                  <li key={article.id}>
                    <ArticleCard article={article} locale={locale} level={3} size="compact" dates={dates} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p className="mt-12 text-sm">
            <a href={feedPath(locale)} type="application/rss+xml" className="text-brand-700 underline">
              {feed('link')}
            </a>
          </p>
        </>
      )}
    </SiteShell>
  );
}
