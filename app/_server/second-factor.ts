import 'server-only';
import { closePasswordCheck, openPasswordCheck } from '@/db/queries/sign-in';
import { consumeRecoveryCode, consumeTotpStep, getTwoFactorState, listUnusedRecoveryCodes } from '@/db/queries/two-factor';
import { getSessionUserById } from '@/db/queries/users';
import { env } from '@/lib/env';
import { passwordStamp, verifyPassword } from '@/lib/password';
import { decryptTotpSecret, matchTotpStep, normalizeRecoveryCode, verifySignInChallenge } from '@/lib/two-factor';

/** The AUTH_SECRET Auth.js signs sessions with: the key material of the challenge and of the stored secrets. */
export function authSecret(): string {
  const secret = env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return secret;
}

export type SecondFactorOutcome = { ok: true; user: { id: number; email: string; name: string; passwordHash: string } } | { ok: false; locked: boolean };

/** A typed code is a TOTP code (six digits) or a recovery code; each is spent at most once. */
async function codeMatches({ userId, encryptedSecret, code, now }: { userId: number; encryptedSecret: string; code: string; now: Date }): Promise<'totp' | 'recovery' | null> {
  const secret = decryptTotpSecret(encryptedSecret, authSecret());
  const step = secret ? matchTotpStep(secret, code, now) : null;
  if (step !== null) return consumeTotpStep({ userId, step }) ? 'totp' : null;
  const recovery = normalizeRecoveryCode(code);
  if (!recovery) return null;
  for (const candidate of listUnusedRecoveryCodes({ userId })) {
    if (await verifyPassword(candidate.codeHash, recovery)) return consumeRecoveryCode({ codeId: candidate.id }) ? 'recovery' : null;
  }
  return null;
}

/**
 * The sign-in's second step: the challenge from the first (the password was right, minutes ago,
 * and has not changed since) plus a code. Each code counts towards the same lock as a password, so
 * guessing codes is as limited as guessing passwords.
 */
export async function checkSecondFactor({ challenge, code, ip, now = new Date() }: { challenge: string; code: string; ip: string; now?: Date }): Promise<SecondFactorOutcome> {
  const vouched = verifySignInChallenge(challenge, authSecret(), now);
  const found = vouched ? getSessionUserById(vouched.userId) : null;
  const state = found ? getTwoFactorState({ userId: found.user.id }) : null;
  if (!vouched || !found || !state?.encryptedSecret || !state.enabledAt || !found.user.active || passwordStamp(found.passwordHash) !== vouched.passwordStamp) {
    return { ok: false, locked: false };
  }
  const subject = { email: found.user.email, ip, userId: found.user.id, purpose: 'secondFactor' } as const;
  const check = openPasswordCheck(subject);
  if (!check.ok) return { ok: false, locked: true };
  const used = await codeMatches({ userId: found.user.id, encryptedSecret: state.encryptedSecret, code, now });
  closePasswordCheck({ ...subject, attemptId: check.attemptId, matched: used !== null, details: used ? { secondFactor: used } : null });
  return used ? { ok: true, user: { id: found.user.id, email: found.user.email, name: found.user.name, passwordHash: found.passwordHash } } : { ok: false, locked: false };
}
