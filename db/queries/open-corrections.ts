import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { CorrectionStatus } from '@/lib/domain';
import type { Tx } from '../client';
import { articleCorrections } from '../schema';
import { recordAudit } from './audit';

/** A correction's copy that is neither live nor thrown away. */
export const openCorrectionStatuses: CorrectionStatus[] = ['draft', 'in_review', 'changes_requested', 'approved'];

/**
 * A release that leaves the site (unpublished, withdrawn) takes its pending correction with it:
 * the copy was written against the live text, and approving it later, or its scheduled time
 * coming, must not put text back on an article that is no longer live, nor overwrite a new draft.
 */
export function discardOpenCorrections(tx: Tx, { actorId, articleId, reason, now }: { actorId: number; articleId: number; reason: string; now: Date }): void {
  const open = tx
    .select({ id: articleCorrections.id })
    .from(articleCorrections)
    .where(and(eq(articleCorrections.articleId, articleId), inArray(articleCorrections.status, openCorrectionStatuses)))
    .all();
  if (open.length === 0) return;
  const ids = open.map((row) => row.id);
  tx.update(articleCorrections).set({ status: 'discarded', updatedAt: now }).where(inArray(articleCorrections.id, ids)).run();
  recordAudit(tx, { actorId, action: 'correction.discardAll', entityType: 'article', entityId: articleId, details: { correctionIds: ids, reason } });
}
