import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { bodyPlainText } from '@/lib/render';
import { articles } from '../schema';
import { publiclyVisible } from '../visibility';
import { type ArticleCard, toCard } from './public-article';
import { fullTextCount, fullTextIds } from './full-text';
import { cards, type Page, paged } from './public-article';

export interface SearchHit extends ArticleCard {
  /** Plain text of the body, for the highlighted excerpt. */
  bodyText: string;
}

/**
 * bm25 weights of the index's columns (title with summary, body). A title match outweighs any
 * body match: a term's bm25 score in the body is at most about 2.2 × its rarity, in a title of
 * twice the usual length at least 0.7 × rarity × this weight.
 */
const titleWeight = 10;

/**
 * Full-text search over the FTS5 index. `match` and `strictMatch` must come from lib/search-text.ts
 * `parseSearchQuery` (never the visitor's raw input). Results in `language` (the query's, from
 * `queryLanguage`) come first, then the other languages; within each, those matching the typed
 * words' own forms (`strictMatch`) before those found only through the glossary or the
 * broken-plural lexicon; then by bm25, where title matches come before body matches
 * (`titleWeight`) and, in either, the form as typed before other forms of its stem (the query
 * also looks for the typed form, and bm25 adds the score of each term a row matches).
 */
export function searchPublicArticles({ language, match, strictMatch = null, page = 1, pageSize = 10 }: { language: string; match: string; strictMatch?: string | null; page?: number; pageSize?: number }): Page<SearchHit> {
  const where = publiclyVisible();
  // One FTS5 lookup more, evaluated once as a set; skipped when nothing was expanded.
  const ownForms = strictMatch === null ? [] : [sql`articles.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${strictMatch}) DESC`];
  const orderBy = [sql`articles.locale = ${language} DESC`, ...ownForms, sql`bm25(articles_fts, ${titleWeight}, 1.0)`, sql`articles.publish_at DESC`, sql`articles.id DESC`];
  // Ranked on the index alone; only the page's rows are read in full.
  const ids = fullTextIds({ match, where, orderBy, limit: pageSize, offset: (page - 1) * pageSize });
  const rows = ids.length === 0 ? [] : cards({ body: articles.body }).where(inArray(articles.id, ids)).all();
  const byId = new Map(rows.map((row) => [row.id, { ...toCard(row), bodyText: bodyPlainText(row.body) }]));
  const items = ids.map((id) => byId.get(id)).filter((hit): hit is SearchHit => hit !== undefined);
  return paged(items, fullTextCount({ match, where }), page, pageSize);
}
