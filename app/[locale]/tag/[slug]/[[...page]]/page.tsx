import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { publicCacheScope } from '@/app/_server/public-cache';
import { isolated } from '@/components/isolated';
import { getPublicTag, listPublicArticlesPage } from '@/db/queries/public-lists';
import { publicDateStyle } from '@/db/queries/settings';
import { isLocale } from '@/i18n/config';
import { isolateText } from '@/lib/bidi';
import { cacheTags } from '@/lib/cache-tags';
import { decodeSegment, parsePageNumber, tagPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { ArticleList } from '../../../_components/article-list';
import { SiteShell } from '../../../_components/site-shell';

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/[locale]/tag/[slug]/[[...page]]'>['params']) {
  const { locale, slug, page: pageSegments = [] } = await params;
  const page = pageSegments.length <= 1 ? parsePageNumber(pageSegments[0]) : null;
  if (!isLocale(locale) || page === null || (pageSegments.length === 1 && page < 2)) notFound();
  const tag = getPublicTag({ locale, slug: decodeSegment(slug) });
  if (!tag) notFound();
  const result = listPublicArticlesPage({ locale, tagId: tag.id, page });
  // A tag with no public article (yet) is not a page: it would list nothing and leak the name.
  if (result.total === 0 || page > result.pageCount) notFound();
  return { locale, page, tag, result };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tag/[slug]/[[...page]]'>): Promise<Metadata> {
  const { locale, page, tag } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  // Tags belong to one language: the page has no translations.
  const path = tagPath(locale, tag.slug, page);
  return pageMetadata({ locale, path, title: t.markup('tagTitle', { tag: () => isolateText(tag.name) }), description: t('tagDescription', { tag: tag.name }), languages: { [locale]: path }, siteName: site('siteName') });
}

export default async function TagPage({ params }: PageProps<'/[locale]/tag/[slug]/[[...page]]'>) {
  const { locale, tag, result } = await load(params);
  setRequestLocale(locale);
  await publicCacheScope([cacheTags.publicLocale(locale)]);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return (
    <SiteShell locale={locale}>
      <ArticleList locale={locale} heading={t.rich('tagTitle', { tag: isolated(tag.name) })} result={result} href={(n) => tagPath(locale, tag.slug, n)} dates={publicDateStyle()} />
    </SiteShell>
  );
}
