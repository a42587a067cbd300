import 'server-only';
import { and, desc, eq, gte } from 'drizzle-orm';
import { db } from '../index';
import { loginAttempts } from '../schema';
import { recordAudit } from './audit';

/**
 * Failed sign-ins that can still count towards a lock: for the account since its last success,
 * and from the address regardless (one address trying many accounts is the other attack).
 */
export function recentSignInFailures({ email, ip, since }: { email: string; ip: string; since: Date }): { byEmail: Date[]; byIp: Date[] } {
  const lastSuccess = db
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true), gte(loginAttempts.createdAt, since)))
    .orderBy(desc(loginAttempts.createdAt))
    .get();
  const emailSince = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const byEmail = db
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gte(loginAttempts.createdAt, emailSince)))
    .all()
    .map((row) => row.at);
  const byIp = db
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gte(loginAttempts.createdAt, since)))
    .all()
    .map((row) => row.at);
  return { byEmail, byIp };
}

export type SignInOutcome = 'success' | 'failure' | 'locked';

const auditAction: Record<SignInOutcome, string> = {
  success: 'auth.signIn',
  failure: 'auth.signInFailed',
  locked: 'auth.lockedOut',
};

/**
 * Records one sign-in attempt and its audit entry together. A refused (locked) attempt is audited
 * but not counted, so hammering a locked account does not extend its lock.
 */
export function recordSignInAttempt({ email, ip, userId, outcome, lockedUntil }: { email: string; ip: string; userId: number | null; outcome: SignInOutcome; lockedUntil?: Date }): void {
  db.transaction((tx) => {
    if (outcome !== 'locked') tx.insert(loginAttempts).values({ email, ip, succeeded: outcome === 'success' }).run();
    recordAudit(tx, {
      // Only a success proves who acted; a failed or refused attempt is anyone's, aimed at this account.
      actorId: outcome === 'success' ? userId : null,
      action: auditAction[outcome],
      entityType: 'user',
      entityId: userId,
      details: outcome === 'success' ? null : { email, ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}) },
      ip,
    });
  });
}
