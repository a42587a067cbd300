import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { publicCacheScope } from '@/app/_server/public-cache';
import { loadTermListing } from '@/app/_server/term-listing';
import { getPublicCategory } from '@/db/queries/public-lists';
import { publicDateStyle } from '@/db/queries/settings';
import type { Locale } from '@/i18n/config';
import { cacheTags } from '@/lib/cache-tags';
import { categoryPath, feedPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { ArticleList } from '../../../_components/article-list';
import { SiteShell } from '../../../_components/site-shell';

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Params = PageProps<'/[locale]/category/[slug]/[[...page]]'>['params'];

async function load(params: Params) {
  const { term: category, ...listing } = await loadTermListing(params, getPublicCategory, (found) => ({ categoryId: found.id }));
  return { ...listing, category };
}

function languagesOf(category: { slugs: Partial<Record<string, string>> }) {
  return Object.fromEntries(Object.entries(category.slugs).map(([l, s]) => [l, categoryPath(l, s!)])) as Partial<Record<Locale, string>>;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/category/[slug]/[[...page]]'>): Promise<Metadata> {
  const { locale, page, category } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  const metadata = pageMetadata({
    locale,
    path: categoryPath(locale, category.slug, page),
    title: t('categoryTitle', { category: category.name }),
    description: t('categoryDescription', { category: category.name }),
    // Page n of a section in one language is not page n in another: only page 1 has alternates.
    languages: page === 1 ? languagesOf(category) : { [locale]: categoryPath(locale, category.slug, page) },
    siteName: site('siteName'),
  });
  return { ...metadata, alternates: { ...metadata.alternates, types: { 'application/rss+xml': feedPath(locale, category.slug) } } };
}

export default async function CategoryPage({ params }: PageProps<'/[locale]/category/[slug]/[[...page]]'>) {
  const { locale, page, category, result } = await load(params);
  setRequestLocale(locale);
  await publicCacheScope([cacheTags.publicLocale(locale)]);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return (
    <SiteShell locale={locale} alternates={page === 1 ? languagesOf(category) : {}}>
      <ArticleList
        locale={locale}
        heading={t('categoryTitle', { category: category.name })}
        result={result}
        href={(n) => categoryPath(locale, category.slug, n)}
        dates={publicDateStyle()}
        aside={
          <>
            {' · '}
            <a href={feedPath(locale, category.slug)} type="application/rss+xml" className="text-brand-700 underline">
              {t('feed')}
            </a>
          </>
        }
      />
    </SiteShell>
  );
}
