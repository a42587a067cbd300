import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { publicCacheScope } from '@/app/_server/public-cache';
import { listPublicArticlesPage } from '@/db/queries/public-lists';
import { publicDateStyle } from '@/db/queries/settings';
import { isLocale, locales } from '@/i18n/config';
import { cacheTags } from '@/lib/cache-tags';
import { latestPath, parsePageNumber } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { ArticleList } from '../../_components/article-list';
import { SiteShell } from '../../_components/site-shell';

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/[locale]/latest/[page]'>['params']) {
  const { locale, page: rawPage } = await params;
  const page = parsePageNumber(rawPage);
  // Page 1 is the home page; /latest/1 would be a duplicate of it.
  if (!isLocale(locale) || page === null || page < 2) notFound();
  const result = listPublicArticlesPage({ locale, page });
  if (page > result.pageCount) notFound();
  return { locale, page, result };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/latest/[page]'>): Promise<Metadata> {
  const { locale, page } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const listing = await getTranslations({ locale, namespace: 'Listing' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: latestPath(locale, page),
    title: t('pageTitle', { page }),
    description: listing('latestDescription'),
    languages: { [locale]: latestPath(locale, page) },
    siteName: site('siteName'),
  });
}

export default async function LatestPage({ params }: PageProps<'/[locale]/latest/[page]'>) {
  const { locale, page, result } = await load(params);
  setRequestLocale(locale);
  await publicCacheScope([cacheTags.publicLocale(locale)]);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return (
    <SiteShell locale={locale} alternates={Object.fromEntries(locales.map((l) => [l, `/${l}`]))}>
      <ArticleList locale={locale} heading={t('pageTitle', { page })} result={result} href={(n) => latestPath(locale, n)} dates={publicDateStyle()} />
    </SiteShell>
  );
}
