/**
 * Brute-force protection: after `maxFailures` failed sign-ins within `windowMs`, further attempts
 * are refused for `lockMs`. Refused attempts are not counted, so an attacker cannot keep an
 * account locked forever by hammering it; the lock simply runs out.
 */
export const lockoutPolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

export type LockoutPolicy = { maxFailures: number; windowMs: number; lockMs: number };

/** How far back failures can still matter: a lock set by a failure up to `lockMs` ago, and that failure's window. */
export function lockoutLookback(policy: LockoutPolicy = lockoutPolicy): number {
  return policy.windowMs + policy.lockMs;
}

/** When the lock implied by these failures ends, or null if there is none now. */
export function lockedUntil(failures: readonly Date[], now: Date, policy: LockoutPolicy = lockoutPolicy): Date | null {
  const times = failures.map((date) => date.getTime()).sort((a, b) => a - b);
  let until = 0;
  for (let last = policy.maxFailures - 1; last < times.length; last += 1) {
    const first = times[last - policy.maxFailures + 1]!;
    const reached = times[last]!;
    if (reached - first <= policy.windowMs) until = Math.max(until, reached + policy.lockMs);
  }
  return until > now.getTime() ? new Date(until) : null;
}

/** Whole minutes left, rounded up, for the message shown to the person locked out. */
export function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
