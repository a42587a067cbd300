import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessedImage } from '@/lib/media/process';
import { missingAltTexts } from '@/lib/media/usage';

// The query module opens the database named by DATABASE_URL when first imported: a fresh file here.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-media-db-'));
process.env.DATABASE_URL = path.join(dir, 'media.db');
const { db } = await import('../index');
const { migrateDatabase } = await import('../client');
const { articles, users } = await import('../schema');
const media = await import('./media');

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const image = (hash: string): ProcessedImage => ({
  contentHash: hash.repeat(64).slice(0, 64),
  format: 'jpeg',
  mimeType: 'image/jpeg',
  width: 1200,
  height: 800,
  bytes: 1000,
  variantWidths: [480, 960, 1200],
  placeholder: '#102030',
  files: [],
});

let writer: { id: number; role: 'writer'; active: boolean };
let other: { id: number; role: 'writer'; active: boolean };
let articleId = 0;

beforeAll(() => {
  migrateDatabase(db);
  const [a, b] = db
    .insert(users)
    .values([
      { email: 'w@example.org', name: 'Writer', passwordHash: 'x' },
      { email: 'o@example.org', name: 'Other', passwordHash: 'x' },
    ])
    .returning({ id: users.id })
    .all();
  writer = { id: a!.id, role: 'writer', active: true };
  other = { id: b!.id, role: 'writer', active: true };
  articleId = db
    .insert(articles)
    .values({ translationGroupId: 'g1', locale: 'ar', slug: 'خبر', title: 'خبر الوفد', body: { type: 'doc', content: [] }, authorId: writer.id })
    .returning({ id: articles.id })
    .get().id;
});

describe('media queries', () => {
  it('records an upload once: the same bytes again give back the same item', () => {
    const first = media.createMedia({ actor: writer, image: image('a') });
    const again = media.createMedia({ actor: other, image: image('a') });
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ id: first.id, duplicate: true });
  });

  it('saves alt text and caption per language and credit, and searches them', () => {
    const { id } = media.createMedia({ actor: writer, image: image('b') });
    media.updateMediaDetails({ actor: writer, id, credit: 'Agence 100%', texts: { ar: { alt: 'وفد المنظمة', caption: 'افتتاح' }, en: { alt: 'The delegation', caption: '' } } });
    expect(media.getMedia({ id })?.texts).toEqual({ ar: { alt: 'وفد المنظمة', caption: 'افتتاح' }, en: { alt: 'The delegation', caption: '' } });
    expect(media.listMedia({ viewer: writer, query: 'وفد' }).map((item) => item.id)).toEqual([id]);
    expect(media.listMedia({ viewer: writer, query: 'delegation' }).map((item) => item.id)).toEqual([id]);
    expect(media.listMedia({ viewer: writer, query: '100%' }).map((item) => item.id)).toEqual([id]);
    // `%` and `_` are searched for literally, not as wildcards.
    expect(media.listMedia({ viewer: writer, query: '_' })).toEqual([]);
    expect(media.listMedia({ viewer: other, filter: 'mine' })).toEqual([]);
  });

  it('tracks where images are used, refuses to delete a used one, and names its articles', () => {
    const featured = media.createMedia({ actor: writer, image: image('c') }).id;
    const inBody = media.createMedia({ actor: writer, image: image('d') }).id;
    const body = { type: 'doc', content: [{ type: 'image', attrs: { mediaId: inBody, src: '/media/x/960.webp' } }, { type: 'image', attrs: { mediaId: 9999 } }] };
    db.transaction((tx) => media.syncArticleMedia(tx, { articleId, body, featuredMediaId: featured }));

    expect(media.getMedia({ id: featured })?.usedIn).toEqual([{ id: articleId, title: 'خبر الوفد', locale: 'ar', status: 'draft' }]);
    expect(media.listMedia({ viewer: writer, filter: 'unused' }).map((item) => item.id)).not.toContain(inBody);
    expect(media.deleteMedia({ actor: writer, id: inBody })).toEqual({ deleted: false, usedIn: [{ id: articleId, title: 'خبر الوفد', locale: 'ar', status: 'draft' }] });

    // The publish check: no Arabic alt text on either image, and 9999 is not in the library.
    const facts = media.getMediaAltFacts({ ids: [featured, inBody, 9999] });
    expect(missingAltTexts(body, featured, 'ar', facts).map((missing) => missing.mediaId)).toEqual([featured, inBody, 9999]);

    // Saving the article without the body image frees it.
    db.transaction((tx) => media.syncArticleMedia(tx, { articleId, body: { type: 'doc', content: [] }, featuredMediaId: featured }));
    const deleted = media.deleteMedia({ actor: writer, id: inBody });
    expect(deleted.deleted).toBe(true);
    expect(media.getMedia({ id: inBody })).toBeNull();
  });

  it('gives public pages the texts of the page language, empty where not written', () => {
    const { id } = media.createMedia({ actor: writer, image: image('e') });
    media.updateMediaDetails({ actor: writer, id, credit: 'UNA', texts: { ar: { alt: 'قاعة', caption: 'تعليق' } } });
    expect(media.getPublicImages({ ids: [id], locale: 'ar' }).get(id)).toMatchObject({ alt: 'قاعة', caption: 'تعليق', credit: 'UNA', width: 1200, variantWidths: [480, 960, 1200] });
    expect(media.getPublicImages({ ids: [id], locale: 'fr' }).get(id)).toMatchObject({ alt: '', caption: '' });
  });

  it('reads the upload limit from settings, 10 MB by default', () => {
    expect(media.getUploadLimits().maxBytes).toBe(10 * 1024 * 1024);
    media.setUploadLimit({ actor: { ...writer, role: 'writer' }, megabytes: 2.5 });
    expect(media.getUploadLimits().maxBytes).toBe(2.5 * 1024 * 1024);
  });
});
