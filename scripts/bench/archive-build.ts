/**
 * Writes the synthetic archive of scripts/bench/archive-data.ts into its own database file: the
 * migrated schema, the demo content (its users sign in to the archive as to the demo), more
 * writers, then the releases with their tags and revisions.
 *
 * Bulk rules: many rows per INSERT, one transaction per few thousand releases, no fsync while
 * building (a failed build is thrown away), and the full-text index built once at the end from
 * the finished table ('rebuild') rather than row by row through its triggers, which are dropped
 * for the load and put back exactly as the migration wrote them.
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { type Db, migrateDatabase, openDatabase } from '../../db/client';
import { articleRevisions, articles, articleTags, categories, tags, users } from '../../db/schema';
import { bodyFromParagraphs } from '../../lib/render';
import { slugify } from '../../lib/slug';
import { seedDemoContent } from '../seed-demo';
import { type ArchiveArticle, type ArchiveOptions, cachedSearchColumns, generateArchive } from './archive-data';

export interface ArchiveBuildReport {
  releases: number;
  byLocale: Record<string, number>;
  published: number;
  tags: number;
  revisions: number;
  translations: number;
  seconds: { rows: number; fullText: number; total: number };
  bytes: number;
}

const batchSize = 200;
const transactionSize = 5000;

/** Extra writers beside the three demo accounts; they never sign in (no usable password). */
const extraAuthors = 37;

function ftsTriggers(db: Db): string[] {
  return db.all<{ sql: string }>(sql`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'articles_fts_%'`).map((row) => row.sql);
}

export async function buildArchive({ file, onProgress, ...options }: Omit<ArchiveOptions, 'authors'> & { file: string; onProgress?: (done: number) => void }): Promise<ArchiveBuildReport> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const began = performance.now();
  const db = openDatabase(file);
  migrateDatabase(db);
  await seedDemoContent(db, options.now);
  const sqlite = db.$client;
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');

  const authorIds = db.select({ id: users.id }).from(users).all().map((row) => row.id);
  const extra = Array.from({ length: extraAuthors }, (_, i) => ({ email: `archive-writer-${i + 1}@example.org`, name: `Writer ${i + 1}`, passwordHash: '!', role: 'writer' as const }));
  authorIds.push(...db.insert(users).values(extra).returning({ id: users.id }).all().map((row) => row.id));
  const categoryIds = new Map(db.select({ id: categories.id, key: categories.key }).from(categories).all().map((row) => [row.key, row.id]));
  const tagIds = new Map(db.select({ id: tags.id, locale: tags.locale, name: tags.name }).from(tags).all().map((row) => [`${row.locale}:${row.name}`, row.id]));
  const tagId = (locale: string, name: string) => {
    const key = `${locale}:${name}`;
    let id = tagIds.get(key);
    if (id === undefined) {
      id = db.insert(tags).values({ locale, name, slug: slugify(name) }).returning({ id: tags.id }).get().id;
      tagIds.set(key, id);
    }
    return id;
  };
  const idBase = db.get<{ max: number | null }>(sql`SELECT max(id) AS max FROM articles`)?.max ?? 0;

  const triggers = ftsTriggers(db);
  for (const trigger of triggers) sqlite.exec(`DROP TRIGGER ${/TRIGGER\s+`?(\w+)`?/i.exec(trigger)![1]}`);

  const report: ArchiveBuildReport = { releases: 0, byLocale: {}, published: 0, tags: 0, revisions: 0, translations: 0, seconds: { rows: 0, fullText: 0, total: 0 }, bytes: 0 };
  const searchColumns = cachedSearchColumns();
  const rowsOf = (release: ArchiveArticle) => {
    const id = idBase + release.id;
    const body = bodyFromParagraphs(release.paragraphs);
    const authorId = authorIds[release.authorIndex % authorIds.length]!;
    const article = {
      id,
      translationGroupId: release.translationGroupId,
      locale: release.locale,
      slug: release.slug,
      title: release.title,
      summary: release.summary,
      body,
      ...searchColumns(release),
      categoryId: categoryIds.get(release.categoryKey) ?? null,
      status: release.status,
      authorId,
      lastEditorId: authorId,
      reviewerId: release.publishedAt ? authorIds[(release.authorIndex + 1) % authorIds.length]! : null,
      publishAt: release.publishAt,
      publishedAt: release.publishedAt,
      translatedFromId: release.translatedFromId === null ? null : idBase + release.translatedFromId,
      translatedFromVersion: release.translatedFromId === null ? null : 1,
      version: release.revisions,
      createdAt: release.createdAt,
      updatedAt: release.updatedAt,
    };
    const revisions = Array.from({ length: release.revisions }, (_, i) => ({
      articleId: id,
      version: i + 1,
      title: release.title,
      summary: release.summary,
      body,
      editorId: authorId,
      reason: 'save',
      createdAt: new Date(release.createdAt.getTime() + i * 600_000),
      updatedAt: new Date(release.createdAt.getTime() + i * 600_000),
    }));
    return { article, revisions, tags: release.tags.map((name) => ({ articleId: id, tagId: tagId(release.locale, name) })) };
  };

  const generator = generateArchive({ ...options, authors: authorIds.length });
  let pending: ReturnType<typeof rowsOf>[] = [];
  const flush = () => {
    for (let from = 0; from < pending.length; from += batchSize) {
      const batch = pending.slice(from, from + batchSize);
      db.insert(articles).values(batch.map((rows) => rows.article)).run();
      db.insert(articleRevisions).values(batch.flatMap((rows) => rows.revisions)).run();
      const links = batch.flatMap((rows) => rows.tags);
      if (links.length > 0) db.insert(articleTags).values(links).onConflictDoNothing().run();
    }
    pending = [];
  };
  const insertSome = db.$client.transaction((count: number) => {
    for (let i = 0; i < count; i += 1) {
      const next = generator.next();
      if (next.done) break;
      const rows = rowsOf(next.value);
      pending.push(rows);
      report.releases += 1;
      report.byLocale[next.value.locale] = (report.byLocale[next.value.locale] ?? 0) + 1;
      if (next.value.status === 'published') report.published += 1;
      if (next.value.translatedFromId !== null) report.translations += 1;
      report.tags += rows.tags.length;
      report.revisions += rows.revisions.length;
    }
    flush();
  });
  while (report.releases < options.articles) {
    insertSome(Math.min(transactionSize, options.articles - report.releases));
    onProgress?.(report.releases);
  }
  report.seconds.rows = (performance.now() - began) / 1000;

  const ftsBegan = performance.now();
  sqlite.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')`);
  for (const trigger of triggers) sqlite.exec(trigger);
  sqlite.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('optimize')`);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  report.seconds.fullText = (performance.now() - ftsBegan) / 1000;
  sqlite.close();
  report.seconds.total = (performance.now() - began) / 1000;
  report.bytes = fs.statSync(file).size;
  return report;
}
