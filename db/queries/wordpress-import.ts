import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Locale } from '@/i18n/config';
import type { ArticleStatus } from '@/lib/domain';
import { articlePath } from '@/lib/paths';
import { redirectKey } from '@/lib/redirects';
import { uniqueSlug } from '@/lib/slug';
import { afterArticleWrite } from '../article-writes';
import { db } from '../index';
import { articles, categories, categoryTranslations, media, mediaTranslations, users, wordpressPosts } from '../schema';
import { recordAudit } from './audit';
import { freezeArticleImageTexts } from './media';
import { setTags, slugTaken } from './article-content';
import { writeRevision } from './article-revisions';
import { claimArticleAddress, recordMovedAddress } from './redirects';

/**
 * The WordPress import's reads and writes (scripts/wordpress/import.ts drives them). An imported
 * post goes through the same steps as a newsroom save: search text, image usage, a revision,
 * an audit entry; its old addresses go into the redirect table.
 */

/** An author's account: found by e-mail (a re-import, or a colleague already here), else created inactive without a password. */
export function findUserIdByEmail({ email }: { email: string }): number | null {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get()?.id ?? null;
}

export function createImportedAuthor({ email, name }: { email: string; name: string }): number {
  return db.transaction((tx) => {
    // No password hash: nobody can sign in as this account until an administrator sets one and activates it.
    const { id } = tx.insert(users).values({ email: email.toLowerCase(), name, passwordHash: '', role: 'writer', active: false }).returning({ id: users.id }).get();
    recordAudit(tx, { actorId: null, action: 'user.import', entityType: 'user', entityId: id, details: { source: 'wordpress' } });
    return id;
  });
}

export function findCategoryIdByKey({ key }: { key: string }): number | null {
  return db.select({ id: categories.id }).from(categories).where(eq(categories.key, key)).get()?.id ?? null;
}

/** The category that already has this slug in this language (a section made by hand before the import). */
export function findCategoryIdBySlug({ locale, slug }: { locale: string; slug: string }): number | null {
  return (
    db
      .select({ id: categoryTranslations.categoryId })
      .from(categoryTranslations)
      .where(and(eq(categoryTranslations.locale, locale), eq(categoryTranslations.slug, slug)))
      .get()?.id ?? null
  );
}

export function createImportedCategory({ key }: { key: string }): number {
  return db.transaction((tx) => {
    const { id } = tx.insert(categories).values({ key }).returning({ id: categories.id }).get();
    recordAudit(tx, { actorId: null, action: 'category.import', entityType: 'category', entityId: id, details: { source: 'wordpress', key } });
    return id;
  });
}

/**
 * Gives a category its name in a language unless it has one: names an editor changed since are
 * kept. A slug another category holds in that language gets a suffix.
 */
export function ensureCategoryTranslation({ categoryId, locale, name, slug }: { categoryId: number; locale: string; name: string; slug: string }): void {
  db.transaction((tx) => {
    const has = tx.select({ slug: categoryTranslations.slug }).from(categoryTranslations).where(and(eq(categoryTranslations.categoryId, categoryId), eq(categoryTranslations.locale, locale))).get();
    if (has) return;
    const free = uniqueSlug(slug, (candidate) => {
      const holder = tx.select({ id: categoryTranslations.categoryId }).from(categoryTranslations).where(and(eq(categoryTranslations.locale, locale), eq(categoryTranslations.slug, candidate))).get();
      return holder !== undefined && holder.id !== categoryId;
    });
    tx.insert(categoryTranslations).values({ categoryId, locale, name, slug: free }).run();
  });
}

export function setCategoryParent({ categoryId, parentId }: { categoryId: number; parentId: number }): void {
  db.update(categories).set({ parentId, updatedAt: new Date() }).where(and(eq(categories.id, categoryId), ne(categories.id, parentId))).run();
}

export interface ImportedPostRecord {
  articleId: number;
  modifiedAt: Date;
  /** The version the import wrote and the article's version now: they differ once the newsroom edited it. */
  importedVersion: number;
  currentVersion: number;
  translationGroupId: string;
}

export function findImportedPost({ guid }: { guid: string }): ImportedPostRecord | null {
  return (
    db
      .select({
        articleId: wordpressPosts.articleId,
        modifiedAt: wordpressPosts.modifiedAt,
        importedVersion: wordpressPosts.articleVersion,
        currentVersion: articles.version,
        translationGroupId: articles.translationGroupId,
      })
      .from(wordpressPosts)
      .innerJoin(articles, eq(articles.id, wordpressPosts.articleId))
      .where(eq(wordpressPosts.guid, guid))
      .get() ?? null
  );
}

/** The translation group of any already imported post among these WordPress ids. */
export function findTranslationGroupOfPosts({ postIds }: { postIds: readonly number[] }): string | null {
  if (postIds.length === 0) return null;
  return (
    db
      .select({ group: articles.translationGroupId })
      .from(wordpressPosts)
      .innerJoin(articles, eq(articles.id, wordpressPosts.articleId))
      .where(inArray(wordpressPosts.postId, [...postIds]))
      .get()?.group ?? null
  );
}

/** A library item by the hash of its original bytes: the same file imported again is the same item. */
export function findMediaByHash({ contentHash }: { contentHash: string }): { id: number; width: number; variantWidths: number[] } | null {
  const row = db.select({ id: media.id, width: media.width, variants: media.variants }).from(media).where(eq(media.contentHash, contentHash)).get();
  return row ? { id: row.id, width: row.width, variantWidths: row.variants } : null;
}

/** Alt texts from WordPress, for languages where the library has none yet (a library edit wins). */
export function addMissingAltTexts({ mediaId, alt }: { mediaId: number; alt: Partial<Record<Locale, string>> }): void {
  db.transaction((tx) => {
    for (const [locale, text] of Object.entries(alt)) {
      if (!text) continue;
      const row = tx.select({ alt: mediaTranslations.alt }).from(mediaTranslations).where(and(eq(mediaTranslations.mediaId, mediaId), eq(mediaTranslations.locale, locale))).get();
      if (!row) tx.insert(mediaTranslations).values({ mediaId, locale, alt: text }).run();
      else if (row.alt === '') tx.update(mediaTranslations).set({ alt: text }).where(and(eq(mediaTranslations.mediaId, mediaId), eq(mediaTranslations.locale, locale))).run();
    }
  });
}

export interface ImportedPost {
  guid: string;
  postId: number;
  locale: Locale;
  /** Wanted slug; made unique in its language here. */
  slug: string;
  title: string;
  summary: string;
  body: unknown;
  status: 'published' | 'draft';
  publishAt: Date | null;
  createdAt: Date;
  modifiedAt: Date;
  authorId: number;
  categoryId: number | null;
  featuredMediaId: number | null;
  tags: string[];
  /** Polylang's group, already resolved to a Bayan translation group id (null: a group of its own). */
  translationGroupId: string | null;
  /** Keys (lib/redirects.ts) of the post's old addresses. */
  oldAddresses: string[];
}

/**
 * Writes one post: a new article, or the one a previous run made from the same GUID. Returns the
 * article and whether it had to leave its translation group (another post of that group already
 * holds its language).
 */
export function writeImportedPost({ post, existingId, now = new Date() }: { post: ImportedPost; existingId: number | null; now?: Date }): { articleId: number; slug: string; ungrouped: boolean } {
  return db.transaction((tx) => {
    const slug = uniqueSlug(post.slug, (candidate) => slugTaken(tx, post.locale, candidate, existingId ?? undefined));
    let groupId = post.translationGroupId ?? randomUUID();
    const holder = tx.select({ id: articles.id }).from(articles).where(and(eq(articles.translationGroupId, groupId), eq(articles.locale, post.locale))).get();
    const ungrouped = holder !== undefined && holder.id !== existingId;
    if (ungrouped) groupId = randomUUID();
    const content = {
      translationGroupId: groupId,
      locale: post.locale,
      slug,
      title: post.title,
      summary: post.summary,
      body: post.body,
      categoryId: post.categoryId,
      featuredMediaId: post.featuredMediaId,
      status: post.status,
      authorId: post.authorId,
      lastEditorId: post.authorId,
      publishAt: post.publishAt,
      publishedAt: post.status === 'published' ? post.publishAt : null,
      updatedAt: post.modifiedAt,
    };
    let articleId: number;
    let version: number;
    let previousStatus: ArticleStatus | null = null;
    if (existingId === null) {
      ({ id: articleId, version } = tx
        .insert(articles)
        .values({ ...content, createdAt: post.createdAt })
        .returning({ id: articles.id, version: articles.version })
        .get());
    } else {
      const current = tx.select({ version: articles.version, status: articles.status }).from(articles).where(eq(articles.id, existingId)).get();
      articleId = existingId;
      version = (current?.version ?? 0) + 1;
      previousStatus = current?.status ?? null;
      tx.update(articles).set({ ...content, version }).where(eq(articles.id, existingId)).run();
    }
    claimArticleAddress(tx, { locale: post.locale, slug });
    setTags(tx, articleId, post.locale, post.tags);
    afterArticleWrite(tx, { articleId, previousStatus });
    writeRevision(tx, articleId, post.authorId, 'import', { version, title: post.title, summary: post.summary, body: post.body }, now);
    // Its texts were public on the old site: image texts are the ones readers saw, as an approval freezes them.
    if (post.status === 'published') freezeArticleImageTexts(tx, { articleId, locale: post.locale, now });
    // An old address that is this article's own would answer with a 301 to itself.
    const own = redirectKey(articlePath(post.locale, slug));
    for (const key of post.oldAddresses) if (key !== own) recordMovedAddress(tx, { key, articleId, reason: 'wordpress' });
    tx.insert(wordpressPosts)
      .values({ guid: post.guid, postId: post.postId, articleId, modifiedAt: post.modifiedAt, articleVersion: version })
      .onConflictDoUpdate({ target: wordpressPosts.guid, set: { postId: post.postId, articleId, modifiedAt: post.modifiedAt, articleVersion: version } })
      .run();
    recordAudit(tx, {
      actorId: null,
      action: existingId === null ? 'article.import' : 'article.importUpdate',
      entityType: 'article',
      entityId: articleId,
      toStatus: post.status,
      details: { source: 'wordpress', guid: post.guid, postId: post.postId },
    });
    return { articleId, slug, ungrouped };
  });
}

/**
 * Posts are committed in batches: one commit per post would cost more than the post itself (each
 * commit also flushes a new FTS5 segment). Every post's own write stays atomic inside the batch
 * (a nested transaction is a savepoint); the import commits a batch every few hundred
 * milliseconds, so the newsroom's writes wait at most that long (and the busy timeout is 5 s).
 */
export const importBatch = {
  begin(): void {
    if (!db.$client.inTransaction) db.$client.exec('BEGIN IMMEDIATE');
  },
  commit(): void {
    if (db.$client.inTransaction) db.$client.exec('COMMIT');
  },
  rollback(): void {
    if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
  },
};
