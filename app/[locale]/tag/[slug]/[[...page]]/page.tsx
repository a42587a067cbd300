import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { publicCacheScope } from '@/app/_server/public-cache';
import { loadTermListing } from '@/app/_server/term-listing';
import { isolated } from '@/components/isolated';
import { getPublicTag } from '@/db/queries/public-lists';
import { publicDateStyle } from '@/db/queries/settings';
import { isolateText } from '@/lib/bidi';
import { cacheTags } from '@/lib/cache-tags';
import { tagPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { ArticleList } from '../../../_components/article-list';
import { SiteShell } from '../../../_components/site-shell';

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/[locale]/tag/[slug]/[[...page]]'>['params']) {
  const { term: tag, ...listing } = await loadTermListing(params, getPublicTag, (found) => ({ tagId: found.id }));
  // A tag with no public article (yet) is not a page: it would list nothing and leak the name.
  if (listing.result.total === 0) notFound();
  return { ...listing, tag };
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
