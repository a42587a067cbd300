import 'server-only';
import type { Db } from '../index';
import { auditLog } from '../schema';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  details?: Record<string, unknown> | null;
  ip?: string | null;
}

type Writer = Pick<Db, 'insert'>;

/** Records one audit entry; pass the transaction so the entry commits (or not) with the change. */
export function recordAudit(tx: Writer, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      details: entry.details ?? null,
      ip: entry.ip ?? null,
    })
    .run();
}
