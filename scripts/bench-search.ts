/**
 * `npm run bench:search -- [N]`: server time of the search query itself at archive scale, on a
 * throwaway database of N synthetic releases (default 100,000). Each release takes the title of
 * one demo release and the indexed text of three, so the index has the demo's vocabulary at the
 * archive's size. Times `searchPublicArticles` (both FTS5 lookups, ranking, the first page) over
 * the bench queries of scripts/bench.ts plus the forms of issue #17, with the demo glossary.
 *
 * Runs with the `react-server` condition (db/queries is `server-only`); DATABASE_URL is set to a
 * temporary file before the database module opens it, and the file is removed at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const count = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-bench-search-'));
process.env.DATABASE_URL = path.join(dir, 'bench.db');

const { migrateDatabase } = await import('../db/client');
const { db } = await import('../db/index');
const { articles, users } = await import('../db/schema');
const { searchPublicArticles } = await import('../db/queries/public-search');
const { bodyFromParagraphs } = await import('../lib/render');
const { parseSearchQuery, queryLanguage, searchColumnsFor } = await import('../lib/search-text');
const { demoGlossary } = await import('./seed-data/glossary');
const { demoReleases } = await import('./seed-data/releases');

try {
  migrateDatabase(db);
  const authorId = db.insert(users).values({ email: 'bench@example.org', name: 'Bench', passwordHash: 'x' }).returning({ id: users.id }).get().id;
  const sources = demoReleases.flatMap((release) =>
    Object.entries(release.translations).flatMap(([locale, t]) => {
      if (!t) return [];
      const body = bodyFromParagraphs(t.paragraphs);
      return [{ locale, title: t.title, body, ...searchColumnsFor({ title: t.title, summary: t.summary, body }) }];
    }),
  );
  const sameLanguage = new Map(sources.map((source) => [source.locale, sources.filter((other) => other.locale === source.locale)]));
  // A fixed pseudo-random sequence: the same archive on every run.
  let seed = 17;
  const pick = <T>(items: T[]) => {
    seed = (seed * 48271) % 2147483647;
    return items[seed % items.length]!;
  };
  const started = performance.now();
  const publishAt = new Date(Date.now() - 60_000);
  for (let start = 0; start < count; start += 5000) {
    db.transaction((tx) => {
      for (let i = start; i < Math.min(count, start + 5000); i += 1) {
        const first = pick(sources);
        const others = [pick(sameLanguage.get(first.locale)!), pick(sameLanguage.get(first.locale)!)];
        tx.insert(articles)
          .values({
            translationGroupId: `bench-${i}`,
            locale: first.locale,
            slug: `bench-${i}`,
            title: first.title,
            body: first.body,
            searchTitle: first.searchTitle,
            searchBody: [first.searchBody, ...others.map((other) => other.searchBody)].join(' '),
            searchVersion: first.searchVersion,
            authorId,
            status: 'published',
            publishAt,
            publishedAt: publishAt,
          })
          .run();
      }
    });
  }
  console.log(`${count} releases indexed in ${((performance.now() - started) / 1000).toFixed(1)} s; database ${(fs.statSync(process.env.DATABASE_URL).size / 1024 / 1024).toFixed(0)} MB`);

  const queries = ['والمؤتمر', 'مؤتمر', 'التعليم', 'المياه', 'الأمن الغذائي', 'conference', 'education', 'refugees', 'sécurité alimentaire', 'jeunesse', 'الشباب', '2026', 'جدة', 'وسيط', 'الوسطاء', 'اليونسكو', 'UNESCO', 'women', "l'eau", 'منظمة الصحة العالمية'];
  const time = (query: string) => {
    const parsed = parseSearchQuery(query, demoGlossary);
    const begin = performance.now();
    const result = searchPublicArticles({ language: queryLanguage(query, 'ar'), match: parsed.match!, strictMatch: parsed.strictMatch, formMatch: parsed.formMatch });
    return { ms: performance.now() - begin, total: result.total };
  };
  queries.forEach(time); // warm the page cache
  const rows = queries.map((query) => {
    const runs = Array.from({ length: 3 }, () => time(query));
    const ms = runs.map((run) => run.ms).sort((a, b) => a - b);
    return { query, total: runs[0]!.total, median: ms[1]! };
  });
  for (const row of rows) console.log(`${row.query.padEnd(22)} ${String(row.total).padStart(7)} hits   median ${row.median.toFixed(1)} ms`);
  const all = rows.map((row) => row.median).sort((a, b) => a - b);
  console.log(`median of medians ${all[Math.floor(all.length / 2)]!.toFixed(1)} ms, worst ${all.at(-1)!.toFixed(1)} ms`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
