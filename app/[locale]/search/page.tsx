import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HighlightedText } from '@/components/highlighted-text';
import { isolated } from '@/components/isolated';
import { Pagination } from '@/components/pagination';
import { SearchForm } from '@/components/search-form';
import { applyDueCorrections } from '@/db/queries/corrections';
import { type Page } from '@/db/queries/public-article';
import { publicDateStyle } from '@/db/queries/settings';
import { type SearchHit, searchPublicArticles } from '@/db/queries/public-search';
import { searchGlossarySets } from '@/db/queries/search-glossary';
import { directionOf, isLocale, localeSettings, locales } from '@/i18n/config';
import { isolateText } from '@/lib/bidi';
import { formatPublicationDate } from '@/lib/dates';
import { articlePath, firstParam, pageFromQuery, searchPath } from '@/lib/paths';
import { highlightExcerpt } from '@/lib/search-highlight';
import { parseSearchQuery, queryLanguage } from '@/lib/search-text';
import { pageMetadata } from '@/lib/seo';
import { SiteShell } from '../_components/site-shell';

const pageSize = 10;

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const query = (firstParam((await searchParams).q) ?? '').trim();
  const t = await getTranslations({ locale, namespace: 'Search' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    ...pageMetadata({
      locale,
      path: searchPath(locale),
      title: query ? t.markup('resultsFor', { query: () => isolateText(query) }) : t('title'),
      description: t('description'),
      languages: Object.fromEntries(locales.map((l) => [l, searchPath(l)])),
      siteName: site('siteName'),
    }),
    // Result pages are endless and thin: crawlers follow them but do not index them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const input = await searchParams;
  const query = (firstParam(input.q) ?? '').trim().slice(0, 200);
  const page = pageFromQuery(input.page);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const p = await getTranslations({ locale, namespace: 'Pagination' });
  const parsed = parseSearchQuery(query, searchGlossarySets());
  // Search renders per request: a correction whose time has come is applied before it reads.
  applyDueCorrections();
  const results: Page<SearchHit> | null = parsed.match ? searchPublicArticles({ language: queryLanguage(query, locale), match: parsed.match, strictMatch: parsed.strictMatch, formMatch: parsed.formMatch, page, pageSize }) : null;
  const dates = publicDateStyle();

  return (
    <SiteShell locale={locale} alternates={Object.fromEntries(locales.map((l) => [l, searchPath(l, query)]))}>
      <h1 className="text-3xl font-bold">{query ? t.rich('resultsFor', { query: isolated(query) }) : t('title')}</h1>
      <SearchForm locale={locale} id="search-query" label={t('label')} submitLabel={t('submit')} defaultValue={query} placeholder={t('placeholder')} />
      {results === null ? (
        <p className="mt-8 text-muted">{t('prompt')}</p>
      ) : (
        <>
          <p role="status" className="mt-6 text-sm text-muted">
            {t('count', { count: results.total })}
          </p>
          {results.items.length === 0 ? (
            <p className="mt-4">{t.rich('empty', { query: isolated(query) })}</p>
          ) : (
            <ol className="mt-6 flex flex-col gap-6">
              {results.items.map((hit) => {
                const date = formatPublicationDate(hit.publishAt, locale, dates);
                const otherLanguage = hit.locale !== locale && isLocale(hit.locale);
                return (
                  <li key={hit.id} lang={hit.locale} dir={directionOf(hit.locale)} className="border-b border-brand-100 pb-6">
                    <h2 className="text-xl leading-snug font-bold">
                      <Link href={articlePath(hit.locale, hit.slug)} prefetch={false} className="hover:text-brand-700 hover:underline">
                        <HighlightedText parts={highlightExcerpt(hit.title, parsed.terms, 300)} />
                      </Link>
                    </h2>
                    <p className="mt-1 text-sm text-muted">
                      <time dateTime={date.iso}>{date.gregorian}</time>
                      {hit.category ? <> · {hit.category.name}</> : null}
                      {otherLanguage ? (
                        <>
                          {' · '}
                          <span lang={locale}>{t('otherLanguage', { language: localeSettings[hit.locale as keyof typeof localeSettings].nativeName })}</span>
                        </>
                      ) : null}
                    </p>
                    <p className="mt-2">
                      <HighlightedText parts={highlightExcerpt(`${hit.summary}\n${hit.bodyText}`, parsed.terms)} />
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            href={(n) => searchPath(locale, query, n)}
            labels={{ nav: p('label'), previous: p('previous'), next: p('next'), status: p('page', { page: results.page, count: results.pageCount }) }}
          />
        </>
      )}
    </SiteShell>
  );
}
