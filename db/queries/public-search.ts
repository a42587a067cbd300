import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { bodyPlainText } from '@/lib/render';
import { searchTiers } from '@/lib/search-tiers';
import { articles } from '../schema';
import { publiclyHiddenIds, publiclyVisible } from '../visibility';
import { type ArticleCard, toCard } from './public-article';
import { fullTextCountExcept, fullTextNewest, fullTextNewestInLanguage } from './full-text';
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
 * Tiers are read best first until the page is full: page 1 of a word found in half the archive
 * reads only its best tier, in the query's language (db/queries/full-text.ts
 * `fullTextNewestInLanguage`). The total is counted on the full-text index, less the hidden
 * articles; when the last tier was read, counted as it was, only the tiers before it are.
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
  const { tiers, all, beforeLast } = searchTiers({ match, strictMatch, formMatch });
  const skip = (page - 1) * pageSize;
  const countAll = () => fullTextCountExcept({ match: all, hidden: publiclyHiddenIds(now) });
  // Past page 1 the total comes first: a page past the end reads no tier.
  const known = page > 1 ? countAll() : null;
  if (known !== null && skip >= known) return paged([], known, page, pageSize);
  // No tier is read past this many rows: the page ends there.
  const limit = skip + pageSize;
  const visible = publiclyVisible(now);
  const inLanguage = sql`articles.locale = ${language}`;
  // The query's language, tier by tier, until the page is full. A tier read through the join also
  // brings the other languages' first rows, cut at `limit` after its own (never before the page's
  // end, since they all follow the query's language). The last tier, if the page gets there, is
  // also counted: the page then needs the total anyway.
  const own: number[][] = [];
  const other: number[][] = [];
  let last: ReturnType<typeof fullTextNewest> | null = null;
  for (const [index, tier] of tiers.entries()) {
    if (index < tiers.length - 1) {
      const found = fullTextNewestInLanguage({ match: tier, locale: language, visible, limit });
      own.push(found.own);
      // A walk (other: null) fills the page: the other languages are not reached.
      other.push(found.other ?? []);
    } else {
      last = fullTextNewest({ match: tier, where: visible, first: inLanguage, limit, counted: true });
      own.push(last.rows.filter((row) => row.first).map((row) => row.id));
      other.push(last.rows.filter((row) => !row.first).map((row) => row.id));
    }
    if (own.flat().length >= limit) break;
  }
  const ids = pageOf([...own, ...other], skip, pageSize);
  // Only the page's rows are read in full.
  const rows = ids.length === 0 ? [] : cards({ body: articles.body }).where(inArray(articles.id, ids)).all();
  const byId = new Map(rows.map((row) => [row.id, { ...toCard(row), bodyText: bodyPlainText(row.body) }]));
  const items = ids.map((id) => byId.get(id)).filter((hit): hit is SearchHit => hit !== undefined);
  // With the last tier counted, the rest of the total is the other tiers' count, cheaper than all.
  const total = known ?? (last ? fullTextCountExcept({ match: beforeLast, hidden: publiclyHiddenIds(now) }) + (last.count ?? 0) : countAll());
  return paged(items, total, page, pageSize);
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
