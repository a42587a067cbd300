/**
 * The archive benchmark's in-process half: the data functions each page calls, timed directly on
 * the archive database. This is the "uncached" cost of a page's data (no page cache, no HTTP), and
 * what the query plans below explain; scripts/bench/archive-http.ts measures the same pages
 * through the production server.
 *
 * Import after DATABASE_URL points at the archive: db/index opens it on import. Runs under the
 * `react-server` condition (db/queries is `server-only`).
 */
import { sql } from 'drizzle-orm';
import type { Locale } from '../../i18n/config';
import { highlightExcerpt } from '../../lib/search-highlight';
import { parseSearchQuery, queryLanguage } from '../../lib/search-text';
import { rareWord } from './archive-data';
import { type Row, type Timing, timeTask, timingRow } from './archive-stats';

const { db } = await import('../../db/index');
const publicQueries = await import('../../db/queries/public-lists');
const { listRelatedArticles } = await import('../../db/queries/related-articles');
const { searchPublicArticles } = await import('../../db/queries/public-search');
const { searchGlossarySets } = await import('../../db/queries/search-glossary');
const { getDashboard, listNewsroomArticles } = await import('../../db/queries/newsroom-lists');

export interface SearchCase {
  kind: string;
  query: string;
  /** The page the query is typed on. */
  page: Locale;
}

const arabicIndic = (digits: string) => digits.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));

/** The benchmark's searches: each language, common and rare words, prefixes, tashkeel, scripts. */
export function searchCases(): SearchCase[] {
  const rare = (locale: Locale) => rareWord(locale)?.word ?? '';
  const reference = String(100000 + 50_000);
  return [
    { kind: 'ar common', query: 'مؤتمر', page: 'ar' },
    { kind: 'ar common, prefixes', query: 'والمؤتمر', page: 'ar' },
    { kind: 'ar common, tashkeel', query: 'المُؤْتَمَرِ', page: 'ar' },
    { kind: 'ar two words', query: 'الأمن الغذائي', page: 'ar' },
    { kind: 'ar glossary', query: 'اليونسكو', page: 'ar' },
    { kind: 'ar rare', query: rare('ar'), page: 'ar' },
    { kind: 'ar rare, prefix', query: `و${rare('ar')}`, page: 'ar' },
    { kind: 'ar Latin initials', query: 'ECOWAS', page: 'ar' },
    { kind: 'ar number, Arabic-Indic', query: arabicIndic(reference), page: 'ar' },
    { kind: 'ar number, Western', query: reference, page: 'ar' },
    { kind: 'en common', query: 'conference', page: 'en' },
    { kind: 'en common, plural', query: 'conferences', page: 'en' },
    { kind: 'en two words', query: 'food security', page: 'en' },
    { kind: 'en irregular', query: 'women', page: 'en' },
    { kind: 'en rare', query: rare('en'), page: 'en' },
    { kind: 'fr common', query: 'conférence', page: 'fr' },
    { kind: 'fr elision', query: 'l’éducation', page: 'fr' },
    { kind: 'fr two words', query: 'sécurité alimentaire', page: 'fr' },
    { kind: 'fr rare', query: rare('fr'), page: 'fr' },
    { kind: 'fr mixed scripts', query: 'OCI منظمة', page: 'fr' },
  ];
}

/** What the search page does for one query: parse, search the first page, highlight the hits. */
export function runSearch(search: SearchCase, glossary = searchGlossarySets()) {
  const parsed = parseSearchQuery(search.query, glossary);
  if (!parsed.match) return { total: 0 };
  const result = searchPublicArticles({ language: queryLanguage(search.query, search.page), match: parsed.match, strictMatch: parsed.strictMatch, formMatch: parsed.formMatch, page: 1, pageSize: 10 });
  for (const hit of result.items) {
    highlightExcerpt(hit.title, parsed.terms, 300);
    highlightExcerpt(`${hit.summary}\n${hit.bodyText}`, parsed.terms);
  }
  return { total: result.total };
}

/** The ids the page-level rows use: a category deep enough for page 500, a busy tag, articles. */
function fixtures() {
  const category = db.get<{ id: number; locale: Locale; n: number }>(
    sql`SELECT category_id AS id, locale, count(*) AS n FROM articles WHERE status = 'published' AND category_id IS NOT NULL GROUP BY category_id, locale ORDER BY n DESC LIMIT 1`,
  )!;
  const tag = db.get<{ id: number; locale: Locale; slug: string; n: number }>(
    sql`SELECT t.id AS id, t.locale AS locale, t.slug AS slug, count(*) AS n FROM article_tags a JOIN tags t ON t.id = a.tag_id GROUP BY t.id ORDER BY n DESC LIMIT 1`,
  )!;
  const published = db.all<{ id: number }>(sql`SELECT id FROM articles WHERE status = 'published' AND id % 997 = 0 LIMIT 40`).map((row) => row.id);
  const reviewer = db.get<{ id: number }>(sql`SELECT id FROM users WHERE email = 'reviewer@example.org'`)!;
  return { category, tag, published, reviewer };
}

export interface QueryReport {
  rows: Row[];
  searches: { kind: string; query: string; total: number; timing: Timing }[];
}

/** Times every data function of the budgets; `runs` per row. */
export async function measureQueries(runs: number): Promise<QueryReport> {
  const glossary = searchGlossarySets();
  const searches = [];
  for (const search of searchCases()) {
    const total = runSearch(search, glossary).total;
    searches.push({ kind: search.kind, query: search.query, total, timing: await timeTask(() => runSearch(search, glossary), runs) });
  }
  const all = searches.flatMap((search) => [search.timing.p50]);
  const rows: Row[] = [];
  const worst = searches.reduce((a, b) => (b.timing.p95 > a.timing.p95 ? b : a));
  rows.push(timingRow('search, data (median of the queries\' p50 / worst p95)', { n: all.length, p50: all.sort((a, b) => a - b)[Math.floor(all.length / 2)]!, p95: worst.timing.p95 }, 30, `worst: ${worst.kind}`));

  const { category, tag, published, reviewer } = fixtures();
  // Each article's first view ranks its candidates and stores the list; every later view reads it.
  db.run(sql`DELETE FROM related_articles WHERE article_id IN ${published}`);
  const viewed = published.slice(0, Math.min(runs + 2, published.length));
  let next = 0;
  const related = () => listRelatedArticles({ articleId: viewed[next++ % viewed.length]! });
  rows.push(timingRow('related news, first view (ranked and stored)', await timeTask(related, viewed.length - 2), null, 'once per article and week, or after a change'));
  rows.push(timingRow('related news, data (the same articles again)', await timeTask(related, runs), 5));
  for (const locale of ['ar', 'en', 'fr'] as const) rows.push(timingRow(`home (${locale}), data`, await timeTask(() => publicQueries.getHomeSections({ locale }), runs), 20));
  rows.push(timingRow(`category page 1 (${category.n} releases), data`, await timeTask(() => publicQueries.listPublicArticlesPage({ locale: category.locale, categoryId: category.id, page: 1 }), runs), 20));
  rows.push(timingRow('category page 500, data', await timeTask(() => publicQueries.listPublicArticlesPage({ locale: category.locale, categoryId: category.id, page: 500 }), runs), 20));
  rows.push(timingRow(`tag page 1 (${tag.n} releases), data`, await timeTask(() => publicQueries.listPublicArticlesPage({ locale: tag.locale, tagId: tag.id, page: 1 }), runs), 20));
  rows.push(timingRow('feed (ar), data', await timeTask(() => publicQueries.listFeedItems({ locale: 'ar' }), runs), 20));

  const viewer = { id: reviewer.id, role: 'reviewer' as const, active: true };
  const list = (filter: Parameters<typeof listNewsroomArticles>[0]['filter']) => () => listNewsroomArticles({ viewer, seesAll: true, filter, position: { page: 1 } });
  rows.push(timingRow('newsroom list, no filter, page 1', await timeTask(list({}), runs), 50));
  rows.push(timingRow('newsroom list, status + language', await timeTask(list({ status: 'published', locales: ['fr'] }), runs), 50));
  rows.push(timingRow('newsroom list, title words', await timeTask(list({ query: 'مؤتمر' }), runs), 50));
  rows.push(timingRow('newsroom list, in review (rare status)', await timeTask(list({ status: 'in_review' }), runs), 50));
  // Page 2,000 as a reader reaches it: the link from page 1,999 carries the cursor of its last row.
  const deep = listNewsroomArticles({ viewer, seesAll: true, filter: {}, position: { page: 1999 } }).last!;
  rows.push(timingRow('newsroom list, page 2000 (keyset)', await timeTask(() => listNewsroomArticles({ viewer, seesAll: true, filter: {}, position: { after: deep } }), runs), 50));
  rows.push(timingRow('dashboard (reviewer), data', await timeTask(() => getDashboard({ viewer, seesAll: true }), runs), 50));
  return { rows, searches };
}
