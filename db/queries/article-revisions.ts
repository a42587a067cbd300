import 'server-only';
import { and, desc, eq, isNull, lte } from 'drizzle-orm';
import { type SaveKind, shouldCoalesce } from '@/lib/revisions';
import type { Tx } from '../client';
import { db } from '../index';
import { articleRevisions, users } from '../schema';

/** An article's revisions: written with every content write, read by the history page and translators. */

interface RevisionContent {
  version: number;
  title: string;
  summary: string;
  body: unknown;
}

/**
 * Records a revision, folding an autosave into the previous autosave when `shouldCoalesce` says so.
 * A correction's copy (`correctionId`) keeps its own line of revisions beside the live text's.
 */
export function writeRevision(tx: Tx, articleId: number, editorId: number, kind: SaveKind, content: RevisionContent, now: Date, correctionId: number | null = null) {
  const latest = tx
    .select({ id: articleRevisions.id, editorId: articleRevisions.editorId, reason: articleRevisions.reason, correctionId: articleRevisions.correctionId, createdAt: articleRevisions.createdAt })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .get();
  if (latest && latest.correctionId === correctionId && shouldCoalesce(latest, { editorId, kind, at: now })) {
    tx.update(articleRevisions).set({ ...content, updatedAt: now }).where(eq(articleRevisions.id, latest.id)).run();
    return;
  }
  tx.insert(articleRevisions)
    .values({ articleId, editorId, reason: kind, ...content, correctionId, createdAt: now, updatedAt: now })
    .run();
}

export interface RevisionSummary {
  id: number;
  version: number;
  reason: string;
  /** Set on revisions of a correction's copy (not the live line). */
  correctionId: number | null;
  editorName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function listRevisions({ articleId }: { articleId: number }): RevisionSummary[] {
  return db
    .select({ id: articleRevisions.id, version: articleRevisions.version, reason: articleRevisions.reason, correctionId: articleRevisions.correctionId, editorName: users.name, createdAt: articleRevisions.createdAt, updatedAt: articleRevisions.updatedAt })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.editorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .all();
}

export function getRevision({ articleId, revisionId }: { articleId: number; revisionId: number }) {
  return (
    db
      .select({ id: articleRevisions.id, version: articleRevisions.version, title: articleRevisions.title, summary: articleRevisions.summary, body: articleRevisions.body })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.id, revisionId)))
      .get() ?? null
  );
}

/**
 * The source's text as the translator saw it: the latest revision at or before that version.
 * (An autosave folded into a later revision is represented by the revision before it.)
 */
export function getRevisionAtVersion({ articleId, version }: { articleId: number; version: number }) {
  return (
    db
      .select({ title: articleRevisions.title, summary: articleRevisions.summary, body: articleRevisions.body })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), isNull(articleRevisions.correctionId), lte(articleRevisions.version, version)))
      .orderBy(desc(articleRevisions.version), desc(articleRevisions.id))
      .get() ?? null
  );
}
