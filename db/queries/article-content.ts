import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import { isStaleSave, type SaveKind } from '@/lib/revisions';
import { slugify, uniqueSlug } from '@/lib/slug';
import { afterArticleWrite } from '../article-writes';
import type { Db, Tx } from '../client';
import { db } from '../index';
import { articles, articleTags, tags, users } from '../schema';
import { writeRevision } from './article-revisions';
import { recordAudit } from './audit';
import { claimArticleAddress, recordSlugChange } from './redirects';

/**
 * An article's content: creating it, saving it (text, address, tags), and the translation's
 * acknowledgement of its source. Every content write ends with `afterArticleWrite`
 * (db/article-writes.ts) and a revision.
 */

export function slugTaken(reader: Db | Tx, locale: string, slug: string, exceptId?: number): boolean {
  const found = reader
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.locale, locale), eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined))
    .get();
  return found !== undefined;
}

export function setTags(tx: Tx, articleId: number, locale: string, names: readonly string[]) {
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  const seen = new Set<string>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug === '' || seen.has(slug)) continue;
    seen.add(slug);
    const tagId =
      tx.select({ id: tags.id }).from(tags).where(and(eq(tags.locale, locale), eq(tags.slug, slug))).get()?.id ??
      tx.insert(tags).values({ locale, name: name.trim(), slug }).returning({ id: tags.id }).get().id;
    tx.insert(articleTags).values({ articleId, tagId }).run();
  }
}

export interface NewArticleInput {
  locale: string;
  title: string;
  body: unknown;
  summary?: string;
  datelineCity: string;
  source: string;
  categoryId?: number | null;
  /** Translating: the article this one translates, which gives the translation group. */
  translatedFrom?: { id: number; translationGroupId: string; version: number };
}

/** Creates a draft (or a translation draft) with its first revision and audit entry. */
export function createArticle({ actor, input, now = new Date() }: { actor: Actor; input: NewArticleInput; now?: Date }) {
  return db.transaction((tx) => {
    const slug = uniqueSlug(slugify(input.title) || 'article', (candidate) => slugTaken(tx, input.locale, candidate));
    const row = tx
      .insert(articles)
      .values({
        translationGroupId: input.translatedFrom?.translationGroupId ?? randomUUID(),
        locale: input.locale,
        slug,
        title: input.title,
        summary: input.summary ?? '',
        body: input.body,
        datelineCity: input.datelineCity,
        source: input.source,
        categoryId: input.categoryId ?? null,
        authorId: actor.id,
        lastEditorId: actor.id,
        translatedFromId: input.translatedFrom?.id ?? null,
        translatedFromVersion: input.translatedFrom?.version ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: articles.id, slug: articles.slug, version: articles.version })
      .get();
    claimArticleAddress(tx, { locale: input.locale, slug });
    afterArticleWrite(tx, { articleId: row.id, previousStatus: null });
    const kind: SaveKind = input.translatedFrom ? 'translate' : 'create';
    writeRevision(tx, row.id, actor.id, kind, { version: row.version, title: input.title, summary: input.summary ?? '', body: input.body }, now);
    recordAudit(tx, {
      actorId: actor.id,
      action: input.translatedFrom ? 'article.translate' : 'article.create',
      entityType: 'article',
      entityId: row.id,
      toStatus: 'draft',
      details: { locale: input.locale, ...(input.translatedFrom ? { sourceId: input.translatedFrom.id } : {}) },
    });
    return row;
  });
}

export interface ArticleEdit {
  title: string;
  /** Already cleaned by `normalizeSlugInput`; made unique here. */
  slug: string;
  summary: string;
  body: unknown;
  datelineCity: string;
  source: string;
  categoryId: number | null;
  tags: string[];
  /** The publish time the writer asks for; the reviewer's approval makes it binding. */
  publishAt: Date | null;
  featuredMediaId: number | null;
}

type SaveConflict = { status: 'conflict'; current: { version: number; title: string; summary: string; body: unknown; editorName: string | null; updatedAt: Date } };

export type SaveOutcome = { status: 'saved'; version: number; slug: string; savedAt: Date; previousSlug: string } | SaveConflict;

/**
 * A save that started from an older version than the stored one (lib/revisions.ts
 * `isStaleSave`) gets the stored text back instead of overwriting it; null when it may write.
 */
export function saveConflict(current: SaveConflict['current'], baseVersion: number): SaveConflict | null {
  if (!isStaleSave(current.version, baseVersion)) return null;
  const { version, title, summary, body, editorName, updatedAt } = current;
  return { status: 'conflict', current: { version, title, summary, body, editorName, updatedAt } };
}

/**
 * The one door for changing an article's content. The version check and the write happen in one
 * transaction, so two saves from the same version cannot both succeed: the second gets the
 * current text back instead of overwriting it.
 */
export function saveArticle({
  actor,
  id,
  baseVersion,
  kind,
  edit,
  now = new Date(),
}: {
  actor: Actor;
  id: number;
  baseVersion: number;
  kind: SaveKind;
  edit: ArticleEdit;
  now?: Date;
}): SaveOutcome {
  return db.transaction((tx) => {
    const current = tx
      .select({ version: articles.version, status: articles.status, locale: articles.locale, slug: articles.slug, publishedAt: articles.publishedAt, title: articles.title, summary: articles.summary, body: articles.body, updatedAt: articles.updatedAt, editorName: users.name })
      .from(articles)
      .leftJoin(users, eq(users.id, articles.lastEditorId))
      .where(eq(articles.id, id))
      .get();
    if (!current) throw new Error(`article ${id} vanished during save`);
    const conflict = saveConflict(current, baseVersion);
    if (conflict) return conflict;
    const slug = uniqueSlug(edit.slug, (candidate) => slugTaken(tx, current.locale, candidate, id));
    const version = current.version + 1;
    tx.update(articles)
      .set({
        title: edit.title,
        slug,
        summary: edit.summary,
        body: edit.body,
        datelineCity: edit.datelineCity,
        source: edit.source,
        categoryId: edit.categoryId,
        publishAt: edit.publishAt,
        featuredMediaId: edit.featuredMediaId,
        lastEditorId: actor.id,
        version,
        updatedAt: now,
      })
      .where(eq(articles.id, id))
      .run();
    setTags(tx, id, current.locale, edit.tags);
    // A published release's old address keeps answering, with a 301 to the new one.
    recordSlugChange(tx, { articleId: id, locale: current.locale, from: current.slug, to: slug, everPublished: current.publishedAt !== null });
    afterArticleWrite(tx, { articleId: id, previousStatus: current.status });
    writeRevision(tx, id, actor.id, kind, { version, title: edit.title, summary: edit.summary, body: edit.body }, now);
    // Autosaves every few seconds would drown the audit log; deliberate saves and restores are recorded.
    const moved = slug !== current.slug ? { slug, previousSlug: current.slug } : {};
    if (kind !== 'autosave') recordAudit(tx, { actorId: actor.id, action: `article.${kind}`, entityType: 'article', entityId: id, details: { version, ...moved } });
    return { status: 'saved', version, slug, savedAt: now, previousSlug: current.slug } as const;
  });
}

/** A translation acknowledges the source's current version: the "source changed" flag clears. */
export function markTranslationUpdated({ actor, translationId, sourceVersion }: { actor: Actor; translationId: number; sourceVersion: number }) {
  db.transaction((tx) => {
    tx.update(articles).set({ translatedFromVersion: sourceVersion }).where(eq(articles.id, translationId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'article.translationUpdated', entityType: 'article', entityId: translationId, details: { sourceVersion } });
  });
}
