import 'server-only';
import { notFound } from 'next/navigation';
import { listPublicArticlesPage } from '@/db/queries/public-lists';
import { isLocale, type Locale } from '@/i18n/config';
import { decodeSegment, listingPage } from '@/lib/paths';

/**
 * What a category or tag listing (`/{locale}/{kind}/{slug}` and its pages from 2) shows: the term
 * found by its decoded slug, and that page of its public articles. A wrong locale, page or slug,
 * or a page past the last, is not found.
 */
export async function loadTermListing<Term extends { id: number }>(
  params: Promise<{ locale: string; slug: string; page?: string[] }>,
  findTerm: (query: { locale: Locale; slug: string }) => Term | null,
  articlesOf: (term: Term) => { categoryId: number } | { tagId: number },
) {
  const { locale, slug, page: segments } = await params;
  const page = listingPage(segments);
  if (!isLocale(locale) || page === null) notFound();
  const term = findTerm({ locale, slug: decodeSegment(slug) });
  if (!term) notFound();
  const result = listPublicArticlesPage({ locale, ...articlesOf(term), page });
  if (page > result.pageCount) notFound();
  return { locale, page, term, result };
}
