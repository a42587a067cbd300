import 'server-only';
import { and, desc, eq, gte } from 'drizzle-orm';
import { lockedUntil, lockoutLookback } from '@/lib/lockout';
import type { Tx } from '../client';
import { db } from '../index';
import { loginAttempts } from '../schema';
import { recordAudit } from './audit';

/**
 * Failed password checks that can still count towards a lock: for the account since its last
 * success, and from the address regardless (one address trying many accounts is the other attack).
 */
function recentFailures(tx: Tx, { email, ip, since }: { email: string; ip: string; since: Date }): { byEmail: Date[]; byIp: Date[] } {
  const lastSuccess = tx
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true), gte(loginAttempts.createdAt, since)))
    .orderBy(desc(loginAttempts.createdAt))
    .get();
  const emailSince = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const failedSince = (column: typeof loginAttempts.email | typeof loginAttempts.ip, value: string, from: Date) =>
    tx
      .select({ at: loginAttempts.createdAt })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gte(loginAttempts.createdAt, from)))
      .all()
      .map((row) => row.at);
  return { byEmail: failedSince(loginAttempts.email, email, emailSince), byIp: failedSince(loginAttempts.ip, ip, since) };
}

/**
 * Where a password is checked: the sign-in (form or Auth.js endpoint), the change-password form's
 * current password, or the sign-in's second step (a two-factor or recovery code), which counts
 * towards the same lock as passwords.
 */
export type PasswordCheckPurpose = 'signIn' | 'passwordChange' | 'secondFactor';

const auditActions: Record<PasswordCheckPurpose, { success: string | null; failure: string; locked: string }> = {
  signIn: { success: 'auth.signIn', failure: 'auth.signInFailed', locked: 'auth.lockedOut' },
  secondFactor: { success: 'auth.signIn', failure: 'auth.codeFailed', locked: 'auth.lockedOut' },
  // A right current password is audited by the change it allows (`user.passwordChange`).
  passwordChange: { success: null, failure: 'auth.passwordCheckFailed', locked: 'auth.passwordCheckLocked' },
};

export interface PasswordCheckSubject {
  email: string;
  ip: string;
  /** The account aimed at, when it exists. */
  userId: number | null;
  purpose: PasswordCheckPurpose;
}

/** A check let through and already counted (`attemptId`), or refused because of a lock. */
export type OpenedPasswordCheck = { ok: true; attemptId: number } | { ok: false; lockedUntil: Date };

/**
 * Counts a password check before the password is verified. One immediate transaction looks for a
 * lock on the account or the address and, if there is none, records the attempt as failed until
 * `closePasswordCheck` says otherwise. Checks running in parallel therefore each see the ones
 * before them: no more than the limit ever reach the (slow) password hash. A check that never
 * closes (a crash) stays a failure, which errs on the side of the lock. A refused check is audited
 * but not counted, so hammering a locked account does not extend its lock.
 */
export function openPasswordCheck({ email, ip, userId, purpose }: PasswordCheckSubject): OpenedPasswordCheck {
  const now = new Date();
  return db.transaction(
    (tx) => {
      const failures = recentFailures(tx, { email, ip, since: new Date(now.getTime() - lockoutLookback()) });
      const locks = [lockedUntil(failures.byEmail, now), lockedUntil(failures.byIp, now)].filter((until) => until !== null);
      if (locks.length > 0) {
        const until = new Date(Math.max(...locks.map(Number)));
        recordAudit(tx, {
          actorId: purpose === 'passwordChange' ? userId : null,
          action: auditActions[purpose].locked,
          entityType: 'user',
          entityId: userId,
          details: { email, lockedUntil: until.toISOString() },
          ip,
        });
        return { ok: false, lockedUntil: until } as const;
      }
      const { id } = tx.insert(loginAttempts).values({ email, ip, succeeded: false }).returning({ id: loginAttempts.id }).get();
      return { ok: true, attemptId: id } as const;
    },
    // Take the write lock at BEGIN: two processes on one database file serialize here as well.
    { behavior: 'immediate' },
  );
}

/**
 * Settles a counted check with the password's verdict, with its audit entry. `awaitsSecondFactor`:
 * the password was right but the account needs a code as well. The attempt then stays counted as a
 * failure until the code is given, so someone holding only the password cannot reset the count by
 * giving it again between guesses at the code.
 */
export function closePasswordCheck({
  email,
  ip,
  userId,
  purpose,
  attemptId,
  matched,
  awaitsSecondFactor = false,
  details = null,
}: PasswordCheckSubject & { attemptId: number; matched: boolean; awaitsSecondFactor?: boolean; details?: Record<string, unknown> | null }): void {
  const action = awaitsSecondFactor ? 'auth.passwordAccepted' : matched ? auditActions[purpose].success : auditActions[purpose].failure;
  db.transaction((tx) => {
    if (matched && !awaitsSecondFactor) tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId)).run();
    if (action === null) return;
    recordAudit(tx, {
      // On the change-password form the session proves who acted; a failed sign-in is anyone's, aimed at this account.
      actorId: matched || purpose === 'passwordChange' ? userId : null,
      action,
      entityType: 'user',
      entityId: userId,
      details: matched ? details : { email },
      ip,
    });
  });
}
