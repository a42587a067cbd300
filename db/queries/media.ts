import 'server-only';
import { and, desc, eq, exists, inArray, notExists, or, sql } from 'drizzle-orm';
import type { Locale } from '@/i18n/config';
import type { ArticleStatus } from '@/lib/domain';
import type { ProcessedImage, UploadLimits } from '@/lib/media/process';
import { defaultMaxPixels, defaultMaxUploadBytes } from '@/lib/media/process';
import type { ArticleImages, PublicImage } from '@/lib/media/public-image';
import { type MediaAltFacts, mediaIdsOfArticle } from '@/lib/media/usage';
import { type Actor, type ArticleFacts, can } from '@/lib/permissions';
import { containsText } from '../contains-text';
import type { Db, Tx } from '../client';
import { db } from '../index';
import { articleMedia, articleMediaTexts, articles, media, mediaTranslations, settings, users } from '../schema';
import { recordAudit } from './audit';


export interface MediaTexts {
  alt: string;
  caption: string;
}

export interface MediaUsage {
  id: number;
  title: string;
  locale: string;
  status: ArticleStatus;
}

/** The articles using an item, as far as the viewer may know them. */
export interface MediaUsages {
  /** Those the viewer may open, named. */
  visible: MediaUsage[];
  /** How many others there are (a colleague's draft, an embargoed release): counted, never named. */
  hidden: number;
}

export interface MediaItem {
  id: number;
  contentHash: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  variantWidths: number[];
  placeholder: string | null;
  credit: string;
  uploadedBy: { id: number; name: string } | null;
  createdAt: Date;
  /** Alt text and caption by language; a language without a row has none yet. */
  texts: Partial<Record<string, MediaTexts>>;
  usedIn: MediaUsages;
}

export type MediaFilter = 'all' | 'unused' | 'mine';

/** The settings row an administrator edits to change the upload limit, in megabytes. */
export const maxUploadSettingKey = 'media.maxUploadMegabytes';

export function getUploadLimits(): UploadLimits {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, maxUploadSettingKey)).get();
  const megabytes = typeof row?.value === 'number' && row.value > 0 ? row.value : null;
  return { maxBytes: megabytes ? Math.round(megabytes * 1024 * 1024) : defaultMaxUploadBytes, maxPixels: defaultMaxPixels };
}

export function setUploadLimit({ actor, megabytes }: { actor: Actor; megabytes: number }): void {
  db.transaction((tx) => {
    tx.insert(settings)
      .values({ key: maxUploadSettingKey, value: megabytes })
      .onConflictDoUpdate({ target: settings.key, set: { value: megabytes, updatedAt: new Date() } })
      .run();
    recordAudit(tx, { actorId: actor.id, action: 'settings.update', entityType: 'setting', entityId: maxUploadSettingKey, details: { megabytes } });
  });
}

const itemColumns = {
  id: media.id,
  contentHash: media.contentHash,
  mimeType: media.mimeType,
  width: media.width,
  height: media.height,
  bytes: media.bytes,
  variantWidths: media.variants,
  placeholder: media.placeholder,
  credit: media.credit,
  uploaderId: media.uploadedBy,
  uploaderName: users.name,
  createdAt: media.createdAt,
};

/** A library row as selected: the item's own columns, with the uploader flat. */
type ItemRow = Omit<MediaItem, 'uploadedBy' | 'texts' | 'usedIn'> & { uploaderId: number | null; uploaderName: string | null };

const usageColumns = {
  mediaId: articleMedia.mediaId,
  id: articles.id,
  title: articles.title,
  locale: articles.locale,
  status: articles.status,
  authorId: articles.authorId,
  lastEditorId: articles.lastEditorId,
};

/** Names only the articles the viewer could open themselves: a writer learns nothing of others' drafts. */
function usagesFor(viewer: Actor, rows: readonly (MediaUsage & ArticleFacts)[]): MediaUsages {
  const visible = rows.filter((row) => can(viewer, 'article.view', row));
  return { visible: visible.map(({ id, title, locale, status }) => ({ id, title, locale, status })), hidden: rows.length - visible.length };
}

function shapeItems(viewer: Actor, rows: ItemRow[]): MediaItem[] {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const texts = db.select().from(mediaTranslations).where(inArray(mediaTranslations.mediaId, ids)).all();
  const usages = db.select(usageColumns).from(articleMedia).innerJoin(articles, eq(articles.id, articleMedia.articleId)).where(inArray(articleMedia.mediaId, ids)).orderBy(articles.locale, articles.title).all();
  return rows.map(({ uploaderId, uploaderName, ...row }) => ({
    ...row,
    uploadedBy: uploaderId && uploaderName ? { id: uploaderId, name: uploaderName } : null,
    texts: Object.fromEntries(texts.filter((text) => text.mediaId === row.id).map((text) => [text.locale, { alt: text.alt, caption: text.caption }])),
    usedIn: usagesFor(viewer, usages.filter((usage) => usage.mediaId === row.id)),
  }));
}

/** The library, newest first: search over alt text, caption (any language) and credit. */
export function listMedia({ viewer, query = '', filter = 'all', limit = 120 }: { viewer: Actor; query?: string; filter?: MediaFilter; limit?: number }): MediaItem[] {
  const conditions = [];
  const needle = query.trim();
  if (needle !== '') {
    conditions.push(
      or(
        containsText(media.credit, needle),
        exists(
          db
            .select({ one: sql`1` })
            .from(mediaTranslations)
            .where(
              and(
                eq(mediaTranslations.mediaId, media.id),
                or(containsText(mediaTranslations.alt, needle), containsText(mediaTranslations.caption, needle)),
              ),
            ),
        ),
      ),
    );
  }
  if (filter === 'mine') conditions.push(eq(media.uploadedBy, viewer.id));
  if (filter === 'unused') conditions.push(notExists(db.select({ one: sql`1` }).from(articleMedia).where(eq(articleMedia.mediaId, media.id))));
  const rows = db
    .select(itemColumns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(and(...conditions))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit)
    .all();
  return shapeItems(viewer, rows);
}

export function getMedia({ viewer, id }: { viewer: Actor; id: number }): MediaItem | null {
  const row = db.select(itemColumns).from(media).leftJoin(users, eq(users.id, media.uploadedBy)).where(eq(media.id, id)).get();
  return row ? (shapeItems(viewer, [row])[0] ?? null) : null;
}

/**
 * Records an uploaded image whose files are already stored. The same bytes uploaded again give
 * back the existing item (`duplicate: true`) with its texts intact.
 */
export function createMedia({ actor, image, credit = '' }: { actor: Actor; image: ProcessedImage; credit?: string }): { id: number; duplicate: boolean } {
  return db.transaction((tx) => {
    const existing = tx.select({ id: media.id }).from(media).where(eq(media.contentHash, image.contentHash)).get();
    if (existing) return { id: existing.id, duplicate: true };
    const { id } = tx
      .insert(media)
      .values({
        contentHash: image.contentHash,
        mimeType: image.mimeType,
        width: image.width,
        height: image.height,
        bytes: image.bytes,
        variants: image.variantWidths,
        placeholder: image.placeholder,
        credit,
        uploadedBy: actor.id,
      })
      .returning({ id: media.id })
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'media.upload', entityType: 'media', entityId: id, details: { width: image.width, height: image.height, bytes: image.bytes, mimeType: image.mimeType } });
    return { id, duplicate: false };
  });
}

export function updateMediaDetails({ actor, id, credit, texts }: { actor: Actor; id: number; credit: string; texts: Partial<Record<Locale, MediaTexts>> }): void {
  db.transaction((tx) => {
    tx.update(media).set({ credit }).where(eq(media.id, id)).run();
    for (const [locale, text] of Object.entries(texts)) {
      if (!text) continue;
      tx.insert(mediaTranslations)
        .values({ mediaId: id, locale, alt: text.alt, caption: text.caption })
        .onConflictDoUpdate({ target: [mediaTranslations.mediaId, mediaTranslations.locale], set: { alt: text.alt, caption: text.caption } })
        .run();
    }
    recordAudit(tx, { actorId: actor.id, action: 'media.update', entityType: 'media', entityId: id, details: { locales: Object.keys(texts) } });
  });
}

/**
 * Deletes an unused item and returns its content hash (so the caller removes the files after the
 * commit), or the articles still using it.
 */
export function deleteMedia({ actor, id }: { actor: Actor; id: number }): { deleted: true; contentHash: string } | { deleted: false; usedIn: MediaUsages } {
  return db.transaction((tx) => {
    const usedIn = tx.select(usageColumns).from(articleMedia).innerJoin(articles, eq(articles.id, articleMedia.articleId)).where(eq(articleMedia.mediaId, id)).all();
    if (usedIn.length > 0) return { deleted: false as const, usedIn: usagesFor(actor, usedIn) };
    const row = tx.delete(media).where(eq(media.id, id)).returning({ contentHash: media.contentHash }).get();
    if (!row) return { deleted: false as const, usedIn: { visible: [], hidden: 0 } };
    recordAudit(tx, { actorId: actor.id, action: 'media.delete', entityType: 'media', entityId: id, details: { contentHash: row.contentHash } });
    return { deleted: true as const, contentHash: row.contentHash };
  });
}


/** Alt texts by language of the given items: what `missingAltTexts` needs before a publish. */
export function getMediaAltFacts({ ids }: { ids: readonly number[] }): Map<number, MediaAltFacts> {
  const facts = new Map<number, MediaAltFacts>();
  if (ids.length === 0) return facts;
  for (const row of db.select({ id: media.id, credit: media.credit }).from(media).where(inArray(media.id, [...ids])).all()) facts.set(row.id, { id: row.id, alt: {}, credit: row.credit });
  for (const text of db.select().from(mediaTranslations).where(inArray(mediaTranslations.mediaId, [...ids])).all()) {
    const entry = facts.get(text.mediaId);
    if (entry) entry.alt = { ...entry.alt, [text.locale]: text.alt };
  }
  return facts;
}

/** Which texts of an article's images to show: as its reviewer approved them, or the library's now. */
export type ImageTexts = 'reviewed' | 'library';

/**
 * An article's images (featured and in the body) with their texts in the article's language.
 * Readers (public pages, embargo links) get `reviewed`: the texts frozen at the article's last
 * approval, and only images that approval saw. The author's and reviewers' preview gets `library`:
 * the texts the next approval would freeze.
 */
export function getArticleImages({ article, texts }: { article: { id: number; locale: string; body: unknown; featuredMediaId: number | null }; texts: ImageTexts }): ArticleImages {
  const ids = mediaIdsOfArticle(article.body, article.featuredMediaId);
  const images = new Map<number, PublicImage>();
  if (ids.length > 0) {
    const file = { id: media.id, contentHash: media.contentHash, width: media.width, height: media.height, variantWidths: media.variants, placeholder: media.placeholder };
    const rows =
      texts === 'reviewed'
        ? db
            .select({ ...file, credit: articleMediaTexts.credit, alt: articleMediaTexts.alt, caption: articleMediaTexts.caption })
            .from(media)
            .innerJoin(articleMediaTexts, and(eq(articleMediaTexts.mediaId, media.id), eq(articleMediaTexts.articleId, article.id)))
            .where(inArray(media.id, ids))
            .all()
        : db
            .select({ ...file, credit: media.credit, alt: mediaTranslations.alt, caption: mediaTranslations.caption })
            .from(media)
            .leftJoin(mediaTranslations, and(eq(mediaTranslations.mediaId, media.id), eq(mediaTranslations.locale, article.locale)))
            .where(inArray(media.id, ids))
            .all();
    for (const row of rows) images.set(row.id, { ...row, alt: row.alt ?? '', caption: row.caption ?? '' });
  }
  return { images, featured: article.featuredMediaId ? images.get(article.featuredMediaId) : undefined };
}

/**
 * Freezes the library's current texts of an article's images as the ones readers see, inside the
 * approval's transaction: the reviewer approves the images' words with the article's.
 */
export function freezeArticleImageTexts(tx: Db | Tx, { articleId, locale, now }: { articleId: number; locale: string; now: Date }): void {
  tx.delete(articleMediaTexts).where(eq(articleMediaTexts.articleId, articleId)).run();
  const rows = tx
    .select({ mediaId: articleMedia.mediaId, alt: mediaTranslations.alt, caption: mediaTranslations.caption, credit: media.credit })
    .from(articleMedia)
    .innerJoin(media, eq(media.id, articleMedia.mediaId))
    .leftJoin(mediaTranslations, and(eq(mediaTranslations.mediaId, articleMedia.mediaId), eq(mediaTranslations.locale, locale)))
    .where(eq(articleMedia.articleId, articleId))
    .all();
  if (rows.length === 0) return;
  tx.insert(articleMediaTexts)
    .values(rows.map((row) => ({ articleId, mediaId: row.mediaId, alt: row.alt ?? '', caption: row.caption ?? '', credit: row.credit, approvedAt: now })))
    .run();
}
