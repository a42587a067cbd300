import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { count as sqlCount } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The queries open DATABASE_URL and the media storage MEDIA_DIR on import: point both at a fresh folder first.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-wordpress-'));
process.env.DATABASE_URL = path.join(dir, 'test.db');
process.env.MEDIA_DIR = path.join(dir, 'media');

const { db } = await import('@/db/index');
const { migrateDatabase } = await import('@/db/client');
const schema = await import('@/db/schema');
const { findRedirect } = await import('@/db/queries/redirects');
const { saveArticle } = await import('@/db/queries/article-content');
const { listRevisions } = await import('@/db/queries/article-revisions');
const { getEditorArticle } = await import('@/db/queries/editor-article');
const { importWordPress } = await import('./import');
const { WxrError } = await import('@/lib/wordpress/wxr-reader');
const { searchTextVersion } = await import('@/lib/search-text');
const { articlePath, toUri } = await import('@/lib/paths');

const fixture = path.join(import.meta.dirname, 'fixtures', 'agency-export.xml');
const uploads = path.join(import.meta.dirname, 'fixtures', 'uploads');
const now = new Date('2026-11-30T12:00:00Z');

beforeAll(() => migrateDatabase(db));
afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = (table: SQLiteTable) => db.select({ rows: sqlCount() }).from(table).get()!.rows;
const tableCounts = () => ({
  articles: count(schema.articles),
  users: count(schema.users),
  categories: count(schema.categories),
  tags: count(schema.tags),
  media: count(schema.media),
  redirects: count(schema.redirects),
  revisions: count(schema.articleRevisions),
  wordpressPosts: count(schema.wordpressPosts),
});
const byPostId = (postId: number) => {
  const row = db.select().from(schema.wordpressPosts).all().find((entry) => entry.postId === postId);
  return row ? getEditorArticle({ id: row.articleId }) : null;
};
/** A copy of the fixture with some text replaced, as a later export of the same site would differ. */
function variant(name: string, edit: (xml: string) => string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, edit(fs.readFileSync(fixture, 'utf8')));
  return file;
}

describe('WordPress import of the fixture export', () => {
  it('imports posts with their languages, translations, authors, categories, tags, images and old addresses', async () => {
    const report = await importWordPress({ file: fixture, mediaDir: uploads, dryRun: false, now });
    expect(report).toMatchObject({ total: 10, done: 10, created: 7, updated: 0, skipped: 3, pages: 1 });
    expect(report.skippedBecause).toEqual({ 'broken:noTitle': 1, unsupportedLanguage: 1, 'status:trash': 1 });
    expect(report.authors).toEqual({ created: 4, matched: 0 });
    expect(report.categories).toEqual({ created: 2, matched: 0 });
    expect(report.images).toEqual({ imported: 1, reused: 0, external: 1, missingFile: 0, rejected: 0 });
    expect(report.droppedBlocks).toEqual({ 'latest-posts': 1 });
    expect(report.shortcodes).toEqual({ 'contact-form-7': 1, caption: 1, gallery: 1 });
    expect(report.blocks).toMatchObject({ paragraph: 3, heading: 1, list: 1, quote: 1, image: 1, table: 1 });
    expect(report.headings).toEqual({ h1: 1 });
    expect(report.unsupported).toMatchObject({ table: 1 });
    expect(report.warnings).toMatchObject({ noLanguageDefaultUsed: 1, authorWithoutEmail: 1 });

    const arabic = byPostId(101)!;
    const english = byPostId(102)!;
    const french = byPostId(103)!;
    // The slug arrives percent-decoded, the dates as WordPress had them, the excerpt as the summary.
    expect(arabic).toMatchObject({ locale: 'ar', slug: 'مهرجان-الفخار-يفتتح-في-الفسطاط', status: 'published', summary: 'أربعون حرفيًا في الدورة الأولى لمهرجان الفخار.' });
    expect(arabic.publishAt?.toISOString()).toBe('2019-04-02T09:30:00.000Z');
    expect(arabic.tags).toEqual(['حرف يدوية', 'فخار']);
    expect(french).toMatchObject({ locale: 'fr', title: 'Le festival de la poterie s’ouvre à Fostat' });
    // Polylang's group: the three arrive as one release in three languages.
    expect(new Set([arabic.translationGroupId, english.translationGroupId, french.translationGroupId]).size).toBe(1);
    // Scheduled stays scheduled; private becomes a draft; a post without a language gets Arabic.
    expect(byPostId(104)).toMatchObject({ status: 'published', publishAt: new Date('2031-10-01T07:00:00Z') });
    expect(byPostId(105)).toMatchObject({ status: 'draft', publishAt: null });
    expect(byPostId(110)).toMatchObject({ locale: 'ar', status: 'published' });

    // Body: the editor's nodes, blocks and shortcodes gone, one library image, one outside image as a link.
    const body = JSON.stringify(arabic.body);
    const texts = [...body.matchAll(/"text":"([^"]*)"/g)].map((match) => match[1]).join(' ');
    expect(texts).not.toMatch(/wp:|contact-form|\[|\]/);
    expect(texts).toContain('اليوم الأول الافتتاح');
    expect(body).toContain('"type":"bulletList"');
    expect(body).toContain('"type":"blockquote"');
    expect(body).toContain('"type":"heading"');
    const englishBody = JSON.stringify(english.body);
    expect(englishBody).toMatch(/"type":"image","attrs":\{"src":"\/media\/[0-9a-f]{64}\/640\.webp","alt":"Jars at the festival"/);
    expect(englishBody).toContain('"href":"https://cdn.elsewhere.example/photos/kiln-night.jpg"');

    // Authors: inactive, no password, found by e-mail (WordPress kept it with capitals).
    const users = db.select().from(schema.users).all();
    expect(users.map((user) => [user.email, user.active, user.passwordHash])).toContainEqual(['hala.masri@agency.example', false, '']);
    // Categories: one per Polylang group with a name per language, the child under its parent.
    const names = db.select().from(schema.categoryTranslations).all();
    expect(names.filter((row) => row.categoryId === arabic.categoryId).map((row) => row.slug).sort()).toEqual(['agency-archive', 'archives-agence', 'أرشيف-الوكالة']);
    const child = db.select().from(schema.categories).all().find((category) => category.key === 'wordpress-6');
    expect(child?.parentId).toBe(arabic.categoryId);

    // The featured image went through the media pipeline: variants, no EXIF, alt per language.
    const [item] = db.select().from(schema.media).all();
    expect(arabic.featuredMediaId).toBe(item!.id);
    const stored = path.join(process.env.MEDIA_DIR!, item!.contentHash.slice(0, 2), item!.contentHash);
    expect(fs.readdirSync(stored).sort()).toEqual(['480.avif', '480.webp', '640.avif', '640.webp', 'original.jpg']);
    expect((await sharp(path.join(stored, 'original.jpg')).metadata()).exif).toBeUndefined();
    const alts = db.select().from(schema.mediaTranslations).all().map((row) => [row.locale, row.alt]);
    expect(alts).toEqual(expect.arrayContaining([['ar', 'جرار الفخار في المعرض'], ['en', 'Jars at the Pottery Festival']]));

    // Same after-write steps as a newsroom save: search text, a revision, an audit entry.
    const row = db.select().from(schema.articles).all().find((article) => article.id === arabic.id)!;
    expect(row.searchVersion).toBe(searchTextVersion);
    expect(row.searchBody).not.toBe('');
    expect(listRevisions({ articleId: arabic.id }).map((revision) => revision.reason)).toEqual(['import']);
    expect(db.select().from(schema.auditLog).all().filter((entry) => entry.action === 'article.import')).toHaveLength(7);

    // Old addresses: the short link and the permalink (decoded) answer with the new address, as a Location header writes it.
    const ownPath = toUri(articlePath('ar', arabic.slug));
    expect(findRedirect({ key: '/?p=101', now })).toBe(ownPath);
    expect(findRedirect({ key: '/2019/04/مهرجان-الفخار-يفتتح-في-الفسطاط', now })).toBe(ownPath);
    expect(findRedirect({ key: '/en/2019/04/pottery-festival-opens-in-fustat', now })).toBe(toUri(articlePath('en', english.slug)));
    // Not public (yet): scheduled and draft addresses do not say where they went.
    expect(findRedirect({ key: '/?p=104', now })).toBeNull();
    expect(findRedirect({ key: '/?p=105', now })).toBeNull();
  });

  it('changes nothing when the same export is imported again', async () => {
    const before = tableCounts();
    const report = await importWordPress({ file: fixture, mediaDir: uploads, dryRun: false, now });
    expect(report).toMatchObject({ created: 0, updated: 0, skipped: 10 });
    expect(report.skippedBecause).toMatchObject({ unchanged: 7 });
    expect(report.authors).toEqual({ created: 0, matched: 0 });
    expect(tableCounts()).toEqual(before);
  });

  it('updates a post changed in WordPress since, but never one the newsroom edited since', async () => {
    const french = byPostId(103)!;
    saveArticle({
      actor: { id: french.authorId, role: 'writer', active: true },
      id: french.id,
      baseVersion: french.version,
      kind: 'save',
      edit: { title: 'Le festival de la poterie (corrigé)', slug: french.slug, summary: french.summary, body: french.body, datelineCity: '', source: '', categoryId: french.categoryId, tags: french.tags, publishAt: french.publishAt, featuredMediaId: null },
    });
    const later = variant('later.xml', (xml) =>
      xml
        .replace('Pottery Festival opens in Fustat', 'Pottery Festival opens in Old Cairo')
        .replaceAll('<wp:post_modified_gmt><![CDATA[2019-04-03 08:00:00]]>', '<wp:post_modified_gmt><![CDATA[2024-05-01 08:00:00]]>')
        .replaceAll('<wp:post_modified_gmt><![CDATA[2019-04-02 10:00:00]]>', '<wp:post_modified_gmt><![CDATA[2024-05-01 08:00:00]]>'),
    );
    const before = tableCounts();
    const report = await importWordPress({ file: later, mediaDir: uploads, dryRun: true, now });
    expect(report).toMatchObject({ created: 0, updated: 4 });
    expect(tableCounts()).toEqual(before);

    const applied = await importWordPress({ file: later, mediaDir: uploads, dryRun: false, now });
    expect(applied).toMatchObject({ created: 0, updated: 4 });
    expect(applied.skippedBecause).toMatchObject({ editedInBayan: 1 });
    expect(byPostId(102)).toMatchObject({ title: 'Pottery Festival opens in Old Cairo', version: 2 });
    expect(byPostId(103)).toMatchObject({ title: 'Le festival de la poterie (corrigé)' });
    expect(applied.images).toMatchObject({ imported: 0, reused: 1 });
    expect(tableCounts()).toMatchObject({ articles: before.articles, media: before.media, revisions: before.revisions + 4 });
  });

  it('refuses a file that is not WXR, truncated or not UTF-8, before writing anything', async () => {
    const before = tableCounts();
    const xml = fs.readFileSync(fixture, 'utf8');
    const cases: [string, string | Buffer, string][] = [
      ['feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>x</title></item></channel></rss>', 'not_wxr'],
      ['page.html', '<!doctype html><html><body><p>Hello</p></body></html>', 'not_wxr'],
      ['empty.xml', '', 'not_wxr'],
      ['cut.xml', xml.slice(0, Math.floor(xml.length * 0.6)), 'truncated'],
      ['latin1.xml', Buffer.from(xml.replace('Archives de l’agence', 'Archives de l agence été'), 'latin1'), 'not_utf8'],
      ['declared.xml', xml.replace('encoding="UTF-8"', 'encoding="windows-1256"'), 'not_utf8'],
    ];
    for (const [name, content, problem] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      await expect(importWordPress({ file, mediaDir: null, dryRun: false, now }), name).rejects.toMatchObject({ problem });
      await expect(importWordPress({ file, mediaDir: null, dryRun: false, now })).rejects.toBeInstanceOf(WxrError);
    }
    expect(tableCounts()).toEqual(before);
  });

  // A child process with its own TypeScript start-up: slow on a busy machine.
  it('exits non-zero from the command line with a message that names the problem', { timeout: 90_000 }, async () => {
    const file = path.join(dir, 'cut-cli.xml');
    fs.writeFileSync(file, fs.readFileSync(fixture, 'utf8').slice(0, 5000));
    const run = promisify(execFile)('npx', ['tsx', '--conditions=react-server', 'scripts/import-wordpress.ts', file], {
      env: { ...process.env, DATABASE_URL: path.join(dir, 'cli.db') },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/Not imported: .*cut-cli\.xml is truncated.*Nothing was written\./) });
  });
});
