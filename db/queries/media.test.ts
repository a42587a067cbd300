import { beforeAll, describe, expect, it } from 'vitest';
import type { ProcessedImage } from '@/lib/media/process';
import { missingAltTexts } from '@/lib/media/usage';
import { freshDatabase } from '../testing/fresh-database';

const db = await freshDatabase('media-db');
const { articles, users } = await import('../schema');
const media = await import('./media');
const { syncArticleMedia } = await import('../article-writes');

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
    expect(media.getMedia({ viewer: writer, id })?.texts).toEqual({ ar: { alt: 'وفد المنظمة', caption: 'افتتاح' }, en: { alt: 'The delegation', caption: '' } });
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
    db.transaction((tx) => syncArticleMedia(tx, { articleId, body, featuredMediaId: featured }));

    expect(media.getMedia({ viewer: writer, id: featured })?.usedIn).toEqual({ visible: [{ id: articleId, title: 'خبر الوفد', locale: 'ar', status: 'draft' }], hidden: 0 });
    expect(media.listMedia({ viewer: writer, filter: 'unused' }).map((item) => item.id)).not.toContain(inBody);
    expect(media.deleteMedia({ actor: writer, id: inBody })).toEqual({ deleted: false, usedIn: { visible: [{ id: articleId, title: 'خبر الوفد', locale: 'ar', status: 'draft' }], hidden: 0 } });

    // The publish check: no Arabic alt text on either image, and 9999 is not in the library.
    const facts = media.getMediaAltFacts({ ids: [featured, inBody, 9999] });
    expect(missingAltTexts(body, featured, 'ar', facts).map((missing) => missing.mediaId)).toEqual([featured, inBody, 9999]);

    // Saving the article without the body image frees it.
    db.transaction((tx) => syncArticleMedia(tx, { articleId, body: { type: 'doc', content: [] }, featuredMediaId: featured }));
    const deleted = media.deleteMedia({ actor: writer, id: inBody });
    expect(deleted.deleted).toBe(true);
    expect(media.getMedia({ viewer: writer, id: inBody })).toBeNull();
  });

  it('shows readers the image texts its reviewer approved, and the preview the library texts', () => {
    const { id } = media.createMedia({ actor: writer, image: image('e') });
    media.updateMediaDetails({ actor: writer, id, credit: 'UNA', texts: { ar: { alt: 'قاعة', caption: 'تعليق' }, fr: { alt: 'Salle', caption: '' } } });
    const article = { id: articleId, locale: 'ar', body: { type: 'doc', content: [] }, featuredMediaId: id };
    db.transaction((tx) => syncArticleMedia(tx, { articleId, body: article.body, featuredMediaId: id }));
    // Not approved yet: readers get no image at all; the preview shows the library's Arabic texts.
    expect(media.getArticleImages({ article, texts: 'reviewed' }).featured).toBeUndefined();
    expect(media.getArticleImages({ article, texts: 'library' }).featured).toMatchObject({ alt: 'قاعة', caption: 'تعليق', credit: 'UNA', width: 1200, variantWidths: [480, 960, 1200] });

    db.transaction((tx) => media.freezeArticleImageTexts(tx, { articleId, locale: 'ar', now: new Date() }));
    // The uploader rewrites the caption and credit afterwards: readers still see what was approved.
    media.updateMediaDetails({ actor: writer, id, credit: 'Fake Agency', texts: { ar: { alt: 'قاعة', caption: 'تعليق لم يراجعه أحد' } } });
    expect(media.getArticleImages({ article, texts: 'reviewed' }).featured).toMatchObject({ alt: 'قاعة', caption: 'تعليق', credit: 'UNA' });
    expect(media.getArticleImages({ article, texts: 'library' }).featured).toMatchObject({ caption: 'تعليق لم يراجعه أحد', credit: 'Fake Agency' });
    // A French article's library texts are its own language's; none written gives empty ones.
    expect(media.getArticleImages({ article: { ...article, locale: 'fr' }, texts: 'library' }).featured).toMatchObject({ alt: 'Salle', caption: '' });
    db.transaction((tx) => syncArticleMedia(tx, { articleId, body: article.body, featuredMediaId: null }));
  });

  it("names in an image's usage only the articles the viewer may open", () => {
    const { id } = media.createMedia({ actor: writer, image: image('f') });
    const othersDraft = db
      .insert(articles)
      .values({ translationGroupId: 'g2', locale: 'ar', slug: 'مسودة', title: 'مسودة زميل سرية', body: { type: 'doc', content: [] }, authorId: other.id })
      .returning({ id: articles.id })
      .get().id;
    db.transaction((tx) => syncArticleMedia(tx, { articleId: othersDraft, body: { type: 'doc', content: [] }, featuredMediaId: id }));
    db.transaction((tx) => syncArticleMedia(tx, { articleId, body: { type: 'doc', content: [] }, featuredMediaId: id }));

    expect(media.getMedia({ viewer: writer, id })?.usedIn).toEqual({ visible: [{ id: articleId, title: 'خبر الوفد', locale: 'ar', status: 'draft' }], hidden: 1 });
    const fromList = media.listMedia({ viewer: writer }).find((item) => item.id === id);
    expect(JSON.stringify(fromList)).not.toContain('مسودة زميل سرية');
    const refused = media.deleteMedia({ actor: writer, id });
    expect(refused).toEqual({ deleted: false, usedIn: { visible: [{ id: articleId, title: 'خبر الوفد', locale: 'ar', status: 'draft' }], hidden: 1 } });
    const reviewer = { id: other.id + 100, role: 'reviewer' as const, active: true };
    expect(media.getMedia({ viewer: reviewer, id })?.usedIn.visible.map((usage) => usage.id).sort()).toEqual([articleId, othersDraft].sort());
    db.transaction((tx) => syncArticleMedia(tx, { articleId, body: { type: 'doc', content: [] }, featuredMediaId: null }));
  });

  it('reads the upload limit from settings, 10 MB by default', () => {
    expect(media.getUploadLimits().maxBytes).toBe(10 * 1024 * 1024);
    media.setUploadLimit({ actor: { ...writer, role: 'writer' }, megabytes: 2.5 });
    expect(media.getUploadLimits().maxBytes).toBe(2.5 * 1024 * 1024);
  });
});
