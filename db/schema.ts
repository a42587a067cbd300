import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { articleStatuses, correctionKinds, correctionStatuses, roles, sharedLinkKinds } from '../lib/domain';

/** Millisecond timestamps: SQLite has no date type, and ms keep ordering exact for autosaves. */
const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
const createdAt = () =>
  timestamp('created_at')
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  timestamp('updated_at')
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: roles }).notNull().default('writer'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** Set when an admin issues a temporary password: the user must choose their own at next sign-in. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  /** The languages (desks) the user works in, as JSON (e.g. `["fr"]`); null means every language. */
  languages: text('languages', { mode: 'json' }).$type<string[]>(),
  /**
   * The TOTP secret, encrypted with a key derived from AUTH_SECRET (lib/two-factor.ts `encryptTotpSecret`): set
   * while enrolling, in force once `totpEnabledAt` is set. Null when two-factor sign-in is off.
   */
  totpSecret: text('totp_secret'),
  totpEnabledAt: timestamp('totp_enabled_at'),
  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  totpLastStep: integer('totp_last_step'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const categories = sqliteTable('categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stable, language-neutral key used by code and the seed (e.g. `summits`). */
  key: text('key').notNull().unique(),
  position: integer('position').notNull().default(0),
  /** The section this one sits under (a WordPress import keeps the tree it had); null at the top. */
  parentId: integer('parent_id').references((): AnySQLiteColumn => categories.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** One row per category and language: adding a language adds rows, never columns. */
export const categoryTranslations = sqliteTable(
  'category_translations',
  {
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.categoryId, t.locale] }),
    uniqueIndex('category_translations_locale_slug').on(t.locale, t.slug),
  ],
);

export const media = sqliteTable(
  'media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SHA-256 of the original's bytes; file names derive from it, never from user input. */
    contentHash: text('content_hash').notNull().unique(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    /** Widths of the stored responsive variants, as JSON (e.g. `[480,960,1600]`). */
    variants: text('variants', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    /** Dominant colour as `#rrggbb`, shown while the image loads. */
    placeholder: text('placeholder'),
    credit: text('credit').notNull().default(''),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('media_uploaded_by').on(t.uploadedBy)],
);

export const mediaTranslations = sqliteTable(
  'media_translations',
  {
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.locale] })],
);

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Shared by all language versions of one release. */
    translationGroupId: text('translation_group_id').notNull(),
    locale: text('locale').notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** The editor's JSON document (ProseMirror/Tiptap), validated by `lib/` before it is stored. */
    body: text('body', { mode: 'json' }).$type<unknown>().notNull(),
    datelineCity: text('dateline_city').notNull().default(''),
    source: text('source').notNull().default(''),
    categoryId: integer('category_id').references(() => categories.id, { onDelete: 'set null' }),
    featuredMediaId: integer('featured_media_id').references(() => media.id, {
      onDelete: 'set null',
    }),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    lastEditorId: integer('last_editor_id').references(() => users.id),
    reviewerId: integer('reviewer_id').references(() => users.id),
    /** When the article may be seen: public only when published and this moment has passed. */
    publishAt: timestamp('publish_at'),
    publishedAt: timestamp('published_at'),
    /** When a published article stops being public by itself (scheduled unpublish); null for never. */
    expiresAt: timestamp('expires_at'),
    /**
     * When the live text last changed after publication (an approved correction took effect): the
     * "Updated" date readers, feeds, the sitemap and search engines see. Null while never revised.
     */
    revisedAt: timestamp('revised_at'),
    /** Legal or editorial takedown: its address answers 410 Gone with this optional reason. */
    withdrawnAt: timestamp('withdrawn_at'),
    withdrawalReason: text('withdrawal_reason'),
    /** The article this one was translated from, and that article's version at the time. */
    translatedFromId: integer('translated_from_id').references((): AnySQLiteColumn => articles.id, {
      onDelete: 'set null',
    }),
    translatedFromVersion: integer('translated_from_version'),
    /**
     * Normalized, stemmed text for search and related news (lib/search-text.ts `searchColumnsFor`):
     * normalization happens in JS, so every article write recomputes them (db/article-writes.ts
     * `afterArticleWrite`, through db/search-index.ts); triggers copy them into the FTS5 index.
     */
    searchTitle: text('search_title').notNull().default(''),
    searchBody: text('search_body').notNull().default(''),
    /**
     * The rules (lib/search-text.ts `searchTextVersion`) the search text was computed with: setup
     * recomputes rows of an older version, so a change to the rules reaches the stored archive.
     */
    searchVersion: integer('search_version').notNull().default(0),
    /** Optimistic lock: every save must name the version it started from. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('articles_locale_slug').on(t.locale, t.slug),
    uniqueIndex('articles_group_locale').on(t.translationGroupId, t.locale),
    // Public lists order by publish_at: the moment an article became (or becomes) public. With
    // expires_at the index answers the whole visibility rule, so counting a list never reads rows
    // (whose expires_at sits after the body): 60,000 Arabic releases counted in 1.2 s → 10 ms.
    index('articles_public_listing').on(t.locale, t.status, t.publishAt, t.expiresAt),
    index('articles_public_schedule').on(t.status, t.publishAt),
    index('articles_public_expiry').on(t.status, t.expiresAt),
    index('articles_category').on(t.categoryId, t.locale, t.status, t.publishAt, t.expiresAt),
    index('articles_author').on(t.authorId, t.status),
    index('articles_status_updated').on(t.status, t.updatedAt),
    // What public search and related news check for every full-text match (visible? which
    // language?), readable without the row: status and publish_at sit after the body, so reading
    // them from the table walks the body's overflow pages. 45,000 matches: 2 s → 0.1 s (issue #14).
    index('articles_search_facts').on(t.id, t.status, t.publishAt, t.expiresAt, t.locale),
    // The newsroom list's order with its filters, so a page reads its 25 rows and no others; the
    // title too, so a title search (a substring: LIKE) and its count scan this index, not the
    // rows (100,000 releases: 442 → 39 ms).
    index('articles_newsroom_list').on(t.updatedAt, t.id, t.status, t.locale, t.authorId, t.title),
  ],
);

/**
 * Which articles use which library image (featured or in the body). Derived from the article on
 * every write by `syncArticleMedia` (db/article-writes.ts), so the library can say where an image
 * is used and refuse to delete it while it is.
 */
export const articleMedia = sqliteTable(
  'article_media',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.mediaId] }), index('article_media_media').on(t.mediaId, t.articleId)],
);

/**
 * An image's alt text, caption and credit as the article's reviewer approved them, in the
 * article's language. Public pages and embargo links show these, never the library's live texts:
 * a library edit reaches readers of an article only when that article is approved again, so no
 * text reaches a reader without a second person (see `freezeArticleImageTexts`).
 */
export const articleMediaTexts = sqliteTable(
  'article_media_texts',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    credit: text('credit').notNull().default(''),
    approvedAt: timestamp('approved_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.mediaId] })],
);

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('tags_locale_slug').on(t.locale, t.slug)],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag').on(t.tagId, t.articleId)],
);

export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The article version this revision records. */
    version: integer('version').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body', { mode: 'json' }).$type<unknown>().notNull(),
    editorId: integer('editor_id').references(() => users.id),
    /** Why this revision exists: `save`, `autosave`, `restore`, `translate`, `correction`… */
    reason: text('reason').notNull().default('save'),
    /** Set on revisions of a pending correction's copy: text that is not (yet) the live one. */
    correctionId: integer('correction_id').references((): AnySQLiteColumn => articleCorrections.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('article_revisions_article').on(t.articleId, t.createdAt)],
);

export const reviewComments = sqliteTable(
  'review_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    /** The passage the comment is about, kept verbatim even when the article text changes later. */
    quote: text('quote'),
    resolvedAt: timestamp('resolved_at'),
    resolvedBy: integer('resolved_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('review_comments_article').on(t.articleId, t.createdAt)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Null for anonymous events (a failed sign-in for an unknown address). */
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_created').on(t.createdAt),
    index('audit_log_actor').on(t.actorId, t.createdAt),
    index('audit_log_action').on(t.action, t.createdAt),
    index('audit_log_entity').on(t.entityType, t.entityId),
  ],
);

/** Single-use recovery codes for two-factor sign-in, stored as argon2 hashes. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user').on(t.userId)],
);

/** Failed sign-ins, kept in the database so a restart does not reset brute-force counters. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: integer('succeeded', { mode: 'boolean' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('login_attempts_email').on(t.email, t.createdAt),
    index('login_attempts_ip').on(t.ip, t.createdAt),
  ],
);

export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** A message key under `Notifications` (e.g. `submitted`), rendered in the reader's UI language. */
    kind: text('kind').notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id').references(() => users.id),
    readAt: timestamp('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user').on(t.userId, t.readAt, t.createdAt)],
);

/**
 * Signed, revocable read-only links to an article for people without an account: `embargo` links
 * for partners before an embargo lifts (they show the reviewed article), `preview` links to one
 * draft revision (marked not for publication). One table, so both share one set of queries.
 */
export const embargoLinks = sqliteTable(
  'embargo_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: sharedLinkKinds }).notNull().default('embargo'),
    /** A preview link's revision: the exact text it shows, whatever the article became since. */
    revisionId: integer('revision_id').references(() => articleRevisions.id, { onDelete: 'cascade' }),
    /** Random token; the URL carries it plus an HMAC so a guessed id is worthless. */
    token: text('token').notNull().unique(),
    expiresAt: timestamp('expires_at').notNull(),
    revokedAt: timestamp('revoked_at'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('embargo_links_article').on(t.articleId)],
);

/**
 * A correction of a published article: a copy of its text edited and reviewed while the live
 * text stays online (lib/workflow.ts `decideCorrection`). On approval it replaces the live text at once or at
 * `applyAt`; a `correction` kind keeps its note, shown at the end of the article ever after.
 */
export const articleCorrections = sqliteTable(
  'article_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    status: text('status', { enum: correctionStatuses }).notNull().default('draft'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body', { mode: 'json' }).$type<unknown>().notNull(),
    datelineCity: text('dateline_city').notNull().default(''),
    source: text('source').notNull().default(''),
    categoryId: integer('category_id').references(() => categories.id, { onDelete: 'set null' }),
    featuredMediaId: integer('featured_media_id').references(() => media.id, { onDelete: 'set null' }),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    lastEditorId: integer('last_editor_id').references(() => users.id),
    reviewerId: integer('reviewer_id').references(() => users.id),
    /** `updated`: the "Updated" date only; `correction`: plus `note`, shown to readers. Set on approval. */
    kind: text('kind', { enum: correctionKinds }),
    note: text('note'),
    /** When the approved copy replaces the live text. */
    applyAt: timestamp('apply_at'),
    appliedAt: timestamp('applied_at'),
    /** Optimistic lock of the copy, as `articles.version` is of the article. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('article_corrections_article').on(t.articleId, t.status),
    index('article_corrections_due').on(t.status, t.applyAt),
  ],
);

/** Organization-wide settings (default dateline, source, time zone, upload limits), one row per key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
  updatedAt: updatedAt(),
});

/**
 * The search glossary: sets of names readers use for one thing across languages and scripts
 * (اليونسكو, UNESCO). A query that names one member searches for every member of its set
 * (lib/search-text.ts `parseSearchQuery`). Names are kept as typed, normalized when read.
 */
export const searchGlossary = sqliteTable('search_glossary', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  names: text('names', { mode: 'json' }).$type<string[]>().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Related news as last computed for an article (db/queries/related-articles.ts): ranking the
 * candidates takes tens of milliseconds at 100,000 releases, reading six rows takes one. A list is
 * recomputed when the article is written, when one of its entries stops being public, and after
 * lib/related.ts `relatedListLifetime`.
 */
export const relatedArticles = sqliteTable(
  'related_articles',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    relatedId: integer('related_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    computedAt: timestamp('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.position] }), index('related_articles_related').on(t.relatedId)],
);

/**
 * Addresses that moved: an old public path and the article it now belongs to. The article's
 * current address is read at lookup time, so however many times it was renamed every old path
 * answers with one 301 to where it is now. Filled by slug changes of articles that were public
 * (db/queries/redirects.ts) and by the WordPress import (`/?p=ID` and the old permalink).
 * `path` is stored as lib/redirects.ts `redirectKey` makes it: decoded, no trailing slash.
 */
export const redirects = sqliteTable(
  'redirects',
  {
    path: text('path').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Why the address moved: `slug` (renamed in Bayan) or `wordpress` (an imported post's old address). */
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('redirects_article').on(t.articleId)],
);

/**
 * Which WordPress post became which article: a re-run of the import finds its posts by GUID and
 * updates or skips them instead of adding them twice.
 */
export const wordpressPosts = sqliteTable(
  'wordpress_posts',
  {
    guid: text('guid').primaryKey(),
    postId: integer('post_id').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The post's modified time in the export: a later export with a newer one updates the article. */
    modifiedAt: timestamp('modified_at').notNull(),
    /** The article's version the import wrote: a newsroom edit since then is never overwritten. */
    articleVersion: integer('article_version').notNull(),
    importedAt: createdAt(),
  },
  (t) => [index('wordpress_posts_article').on(t.articleId), index('wordpress_posts_post').on(t.postId)],
);
