import 'server-only';
import { and, count, desc, eq, gte, lte } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { db } from '../index';
import { auditLog, users } from '../schema';

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


/** Records one audit entry; pass the transaction so the entry commits (or not) with the change. */
export function recordAudit(tx: Db | Tx, entry: AuditEntry): void {
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

export interface AuditRecord {
  id: number;
  createdAt: Date;
  actor: { id: number; name: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
}

export interface AuditFilter {
  actorId?: number;
  action?: string;
  /** Inclusive bounds on the entry's time. */
  from?: Date;
  to?: Date;
}

function auditConditions({ actorId, action, from, to }: AuditFilter) {
  return and(
    actorId === undefined ? undefined : eq(auditLog.actorId, actorId),
    action === undefined ? undefined : eq(auditLog.action, action),
    from === undefined ? undefined : gte(auditLog.createdAt, from),
    to === undefined ? undefined : lte(auditLog.createdAt, to),
  );
}

/** One page of the audit log, newest first, with the total for the pager. */
export function listAuditEntries({ filter, page, pageSize }: { filter: AuditFilter; page: number; pageSize: number }): { entries: AuditRecord[]; total: number } {
  const where = auditConditions(filter);
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorId: auditLog.actorId,
      actorName: users.name,
      actorEmail: users.email,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      fromStatus: auditLog.fromStatus,
      toStatus: auditLog.toStatus,
      details: auditLog.details,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return {
    total,
    entries: rows.map(({ actorId, actorName, actorEmail, ...row }) => ({
      ...row,
      actor: actorId !== null && actorName !== null && actorEmail !== null ? { id: actorId, name: actorName, email: actorEmail } : null,
    })),
  };
}

/** Every action name the log holds, for the filter; later features add theirs without a change here. */
export function listAuditActionNames(): string[] {
  return db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action)
    .all()
    .map((row) => row.action);
}
