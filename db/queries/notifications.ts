import 'server-only';
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../client';
import { db } from '../index';
import { articles, notifications, users } from '../schema';

/** Unread notifications: the badge in the admin header. */
export function countUnreadNotifications({ userId }: { userId: number }): number {
  return db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).get()?.n ?? 0;
}

export interface InboxItem {
  id: number;
  kind: string;
  articleId: number | null;
  articleTitle: string | null;
  articleLocale: string | null;
  actorName: string | null;
  read: boolean;
  createdAt: Date;
}

export function listNotifications({ userId, limit = 50 }: { userId: number; limit?: number }): InboxItem[] {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      articleId: notifications.articleId,
      articleTitle: articles.title,
      articleLocale: articles.locale,
      actorName: users.name,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(articles, eq(articles.id, notifications.articleId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all()
    .map(({ readAt, ...item }) => ({ ...item, read: readAt !== null }));
}

/** Marks the user's own notifications read; someone else's are never touched. */
export function markNotificationsRead({ userId }: { userId: number }): void {
  db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).run();
}

/** Tells each recipient (once, and never the actor about their own step) what happened to an article. */
export function notify(tx: Tx, { recipients, kind, articleId, actorId }: { recipients: number[]; kind: string; articleId: number; actorId: number }) {
  const unique = [...new Set(recipients)].filter((userId) => userId !== actorId);
  if (unique.length === 0) return;
  tx.insert(notifications)
    .values(unique.map((userId) => ({ userId, kind, articleId, actorId })))
    .run();
}

/** Who reviews: every active reviewer and administrator. */
export function reviewerIds(tx: Tx): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, ['reviewer', 'admin']), eq(users.active, true)))
    .all()
    .map((row) => row.id);
}
