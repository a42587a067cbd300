import 'server-only';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import { db } from '../index';
import { recoveryCodes, users } from '../schema';
import { recordAudit } from './audit';

/** A user's two-factor state: the (encrypted) secret, set while enrolling, in force once enabled. */
export interface TwoFactorState {
  userId: number;
  email: string;
  encryptedSecret: string | null;
  enabledAt: Date | null;
}

export function getTwoFactorState({ userId }: { userId: number }): TwoFactorState | null {
  return (
    db
      .select({ userId: users.id, email: users.email, encryptedSecret: users.totpSecret, enabledAt: users.totpEnabledAt })
      .from(users)
      .where(eq(users.id, userId))
      .get() ?? null
  );
}

/** Unused recovery codes left to the user. */
export function countRecoveryCodes({ userId }: { userId: number }): number {
  return db.select({ n: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt))).get()?.n ?? 0;
}

/** Begins (or begins again) an enrolment: a new secret, not in force until confirmed with a code. */
export function startEnrolment({ actor, encryptedSecret }: { actor: Actor; encryptedSecret: string }): void {
  db.update(users)
    .set({ totpSecret: encryptedSecret, totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() })
    .where(and(eq(users.id, actor.id), isNull(users.totpEnabledAt)))
    .run();
}

/**
 * Puts two-factor sign-in in force with the step of the confirming code (so that code cannot sign
 * in) and the hashes of ten fresh recovery codes, with its audit entry. False if it was already on.
 */
export function confirmEnrolment({ actor, step, codeHashes }: { actor: Actor; step: number; codeHashes: string[] }): boolean {
  return db.transaction((tx) => {
    const now = new Date();
    const updated = tx
      .update(users)
      .set({ totpEnabledAt: now, totpLastStep: step, updatedAt: now })
      .where(and(eq(users.id, actor.id), isNull(users.totpEnabledAt)))
      .run();
    if (updated.changes === 0) return false;
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.id)).run();
    tx.insert(recoveryCodes)
      .values(codeHashes.map((codeHash) => ({ userId: actor.id, codeHash })))
      .run();
    recordAudit(tx, { actorId: actor.id, action: 'user.twoFactorEnable', entityType: 'user', entityId: actor.id });
    return true;
  });
}

/** Records a code's step as used; false when that step (or a later one) was used already: a replayed code. */
export function consumeTotpStep({ userId, step }: { userId: number; step: number }): boolean {
  return (
    db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .run().changes > 0
  );
}

export function listUnusedRecoveryCodes({ userId }: { userId: number }): { id: number; codeHash: string }[] {
  return db
    .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .all();
}

/** Marks a recovery code used; false if a parallel sign-in used it first. */
export function consumeRecoveryCode({ codeId }: { codeId: number }): boolean {
  return db.update(recoveryCodes).set({ usedAt: new Date() }).where(and(eq(recoveryCodes.id, codeId), isNull(recoveryCodes.usedAt))).run().changes > 0;
}

/**
 * An administrator turns a user's two-factor sign-in off (a lost phone and lost codes): secret and
 * recovery codes go, with the audit entry. The user sets it up again at their next sign-in when
 * the organization requires it.
 */
export function resetTwoFactor({ actor, user }: { actor: Actor; user: { id: number; email: string } }): void {
  db.transaction((tx) => {
    tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'user.twoFactorReset', entityType: 'user', entityId: user.id, details: { email: user.email } });
  });
}
