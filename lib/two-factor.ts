import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { Role } from './domain';

/**
 * Two-factor sign-in (TOTP, RFC 6238) and its recovery codes. Pure helpers over a secret and the
 * clock; the database (db/queries/two-factor.ts) keeps the state, the sign-in (auth.ts) decides.
 */

const issuer = 'Bayan';
const period = 30;

function totp(secret: string, account: string): TOTP {
  return new TOTP({ issuer, label: account, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secret) });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` address the QR code carries. */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/**
 * The 30-second step a typed code belongs to (the current one, or one either side for a clock a
 * little off), or null when it matches none. The caller accepts a step only once.
 */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret, '').validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / period) + delta;
}

/** The code an authenticator shows at `now` (for tests and the demo walkthrough). */
export function totpCodeAt(secret: string, now: Date): string {
  return totp(secret, '').generate({ timestamp: now.getTime() });
}

/** Who must use two-factor sign-in when the organization requires it: those who approve and those who administer. */
export function mustEnrolTwoFactor({ role, enrolled, required }: { role: Role; enrolled: boolean; required: boolean }): boolean {
  return required && !enrolled && (role === 'reviewer' || role === 'admin');
}

// Recovery codes: no 0/O or 1/I/L to misread when typed from paper.
const recoveryAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const recoveryCodeCount = 10;

/** Ten fresh recovery codes, `XXXXX-XXXXX` (about 49 bits each): shown once, stored hashed. */
export function newRecoveryCodes(): string[] {
  const part = () => Array.from({ length: 5 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('');
  return Array.from({ length: recoveryCodeCount }, () => `${part()}-${part()}`);
}

/** A recovery code as typed (any case, spaces or dashes) in its stored form, or null if it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 10 || [...compact].some((character) => !recoveryAlphabet.includes(character))) return null;
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

/*
 * Secrets at rest: the TOTP secret must be readable by the server (it computes the expected code),
 * so it is encrypted, not hashed: AES-256-GCM with a key derived by HKDF from AUTH_SECRET. A copy
 * of the database alone (a backup, a stolen file) does not give the secrets; rotating AUTH_SECRET
 * makes them unreadable, and the users concerned must then be reset by an administrator.
 */
function key(authSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, 'bayan-two-factor', purpose, 32));
}

export function encryptTotpSecret(secret: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(authSecret, 'totp-secret'), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** The secret, or null when the stored value was altered or sealed with another AUTH_SECRET. */
export function decryptTotpSecret(stored: string, authSecret: string): string | null {
  const [version, iv, tag, sealed, ...rest] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !sealed || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(authSecret, 'totp-secret'), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/*
 * Between the two steps of a sign-in: proof that this account's password was just given, valid for
 * five minutes and only while the password is unchanged (its stamp, lib/password.ts). The second
 * step needs it with a code; the password itself is not sent again nor kept anywhere.
 */
export const challengeLifetimeMs = 5 * 60_000;

/** The cookie that carries the challenge from the password step to the code step of the sign-in form. */
export const challengeCookie = 'bayan-sign-in-challenge';

function challengeSignature(payload: string, authSecret: string): Buffer {
  return createHmac('sha256', key(authSecret, 'sign-in-challenge')).update(payload).digest();
}

export function signSignInChallenge({ userId, passwordStamp, now }: { userId: number; passwordStamp: string; now: Date }, authSecret: string): string {
  const payload = `${userId}.${now.getTime() + challengeLifetimeMs}.${passwordStamp}`;
  return `${payload}.${challengeSignature(payload, authSecret).toString('base64url')}`;
}

/** The account and password stamp a challenge vouches for, or null when forged, altered or expired. */
export function verifySignInChallenge(challenge: string, authSecret: string, now: Date): { userId: number; passwordStamp: string } | null {
  const parts = challenge.split('.');
  if (parts.length !== 4) return null;
  const [id, expires, stamp, given] = parts as [string, string, string, string];
  const expected = challengeSignature(`${id}.${expires}.${stamp}`, authSecret);
  const actual = Buffer.from(given, 'base64url');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  if (!/^\d+$/.test(id) || !/^\d+$/.test(expires) || Number(expires) <= now.getTime()) return null;
  return { userId: Number(id), passwordStamp: stamp };
}
