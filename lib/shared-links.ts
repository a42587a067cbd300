import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SharedLinkKind } from './domain';

/**
 * What embargo links and draft preview links have in common: a random token stored in the
 * database, carried in the URL with an HMAC that names the link's kind (so a token can be
 * neither guessed nor moved to the other kind's page), an expiry within a bound, and a revocation.
 */

/** A fresh random token (stored in the database). */
export function newLinkToken(): string {
  return randomBytes(18).toString('base64url');
}

function signature(kind: SharedLinkKind, token: string, secret: string): string {
  return createHmac('sha256', secret).update(`${kind}:${token}`).digest('base64url').slice(0, 22);
}

/** The URL part of a link: the token and its signature, so a guessed or altered token is rejected before any lookup. */
export function signLinkToken(kind: SharedLinkKind, token: string, secret: string): string {
  return `${token}.${signature(kind, token, secret)}`;
}

/** The token inside a signed link of this kind, or null when the signature does not match. */
export function verifyLinkToken(kind: SharedLinkKind, signed: string, secret: string): string | null {
  const [token, given, ...rest] = signed.split('.');
  if (!token || !given || rest.length > 0) return null;
  const expected = Buffer.from(signature(kind, token, secret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? token : null;
}

export type LinkState = 'valid' | 'expired' | 'revoked' | 'unavailable';

/** Whether a link shows its text now: not revoked, not expired, and its article in a state the kind allows. */
export function linkState(link: { expiresAt: Date; revokedAt: Date | null }, articleAllows: boolean, now: Date): LinkState {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return articleAllows ? 'valid' : 'unavailable';
}

export type LinkExpiryProblem = 'past' | 'tooFar';

/** An expiry must lie ahead, and no further than the kind's bound. */
export function linkExpiryProblem(expiresAt: Date, now: Date, maxDays: number): LinkExpiryProblem | null {
  if (expiresAt.getTime() <= now.getTime()) return 'past';
  return expiresAt.getTime() - now.getTime() > maxDays * 24 * 60 * 60 * 1000 ? 'tooFar' : null;
}
