import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { bodyPlainText } from '@/lib/render';
import { searchTiers } from '@/lib/search-tiers';
import { articles } from '../schema';
import { publiclyHiddenIds, publiclyVisible } from '../visibility';
import { type ArticleCard, toCard } from './public-article';
import { fullTextCountExcept, fullTextNewest } from './full-text';
import { cards, type Page, paged } from './public-article';

export interface SearchHit extends ArticleCard {
  /** Plain text of the body, for the highlighted excerpt. */
  bodyText: string;
}

/**
 * Full-text search over the FTS5 index. `match`, `strictMatch` and `formMatch` must come from
 * lib/search-text.ts `parseSearchQuery` (never the visitor's raw input). Results in `language`
 * (the query's, from `queryLanguage`) come first, then the other languages; within each, the
 * tiers of lib/search-tiers.ts (own forms before glossary and lexicon matches, title before body,
 * the form as typed before other forms of its stem), newest first within a tier.
 *
 * Tiers are read best first, each in one pass that serves both sides of the language split, until
 * the page is full: page 1 of a word found in half the archive reads only its best tier. The total
 * is counted on the full-text index, less the hidden articles, unless every tier was read and
 * counted on the way.
 */
export function searchPublicArticles({
  language,
  match,
  strictMatch = null,
  formMatch = null,
  page = 1,
  pageSize = 10,
}: {
  language: string;
  match: string;
  strictMatch?: string | null;
  formMatch?: string | null;
  page?: number;
  pageSize?: number;
}): Page<SearchHit> {
  const now = new Date();
  const { tiers, all } = searchTiers({ match, strictMatch, formMatch });
  const skip = (page - 1) * pageSize;
  const countAll = () => fullTextCountExcept({ match: all, hidden: publiclyHiddenIds(now) });
  // Past page 1 the total comes first: a page past the end reads no tier.
  const known = page > 1 ? countAll() : null;
  if (known !== null && skip >= known) return paged([], known, page, pageSize);
  // No segment is needed past this many rows: a tier's query stops there.
  const limit = skip + pageSize;
  const own: number[][] = [];
  const other: number[][] = [];
  // The sum of the tiers' counts, exact while no tier was cut at `limit` uncounted.
  let counted: number | null = 0;
  for (const [index, tier] of tiers.entries()) {
    // The last tier is counted as it is read: reaching it, the page needs every count anyway.
    const last = index === tiers.length - 1;
    const found = fullTextNewest({ match: tier, where: publiclyVisible(now), first: sql`articles.locale = ${language}`, limit, counted: last });
    // In-language rows sort first: fewer than `limit` of them are all of this tier's. The other
    // languages' rows may be cut, but never before the page's end (they follow all in-language ones).
    own.push(found.rows.filter((row) => row.first).map((row) => row.id));
    other.push(found.rows.filter((row) => !row.first).map((row) => row.id));
    counted = counted === null || (found.count === null && found.rows.length === limit) ? null : counted + (found.count ?? found.rows.length);
    if (own.flat().length >= limit) break;
  }
  const readAll = own.length === tiers.length;
  const ids = pageOf(readAll ? [...own, ...other] : own, skip, pageSize);
  // Only the page's rows are read in full.
  const rows = ids.length === 0 ? [] : cards({ body: articles.body }).where(inArray(articles.id, ids)).all();
  const byId = new Map(rows.map((row) => [row.id, { ...toCard(row), bodyText: bodyPlainText(row.body) }]));
  const items = ids.map((id) => byId.get(id)).filter((hit): hit is SearchHit => hit !== undefined);
  return paged(items, known ?? (readAll && counted !== null ? counted : countAll()), page, pageSize);
}

/** The ids at positions skip … skip + size of the segments laid end to end. */
function pageOf(segments: number[][], skip: number, size: number): number[] {
  const ids: number[] = [];
  let start = 0;
  for (const segment of segments) {
    ids.push(...segment.slice(Math.max(0, skip - start), Math.max(0, skip + size - start)));
    start += segment.length;
  }
  return ids;
}
