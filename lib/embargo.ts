import type { ArticleStatus } from './domain';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random token for an embargo link (stored in the database). */
export function newEmbargoToken(): string {
  return randomBytes(18).toString('base64url');
}

function signature(token: string, secret: string): string {
  return createHmac('sha256', secret).update(`embargo:${token}`).digest('base64url').slice(0, 22);
}

/** The URL part of an embargo link: the token and its signature, so a guessed or altered token is rejected before any lookup. */
export function signEmbargoToken(token: string, secret: string): string {
  return `${token}.${signature(token, secret)}`;
}

/** The token inside a signed link, or null when the signature does not match. */
export function verifyEmbargoToken(signed: string, secret: string): string | null {
  const [token, given, ...rest] = signed.split('.');
  if (!token || !given || rest.length > 0) return null;
  const expected = Buffer.from(signature(token, secret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? token : null;
}

export type EmbargoLinkState = 'valid' | 'expired' | 'revoked' | 'unavailable';

/** Partners read only text that passed review: approved (scheduled or not) or published. */
const reviewedStatuses: readonly ArticleStatus[] = ['approved', 'published'];

/**
 * Whether a link shows its article now. The article's state is checked as well as the link's, so a
 * link never shows text that went back to its writer, even if the revocation were missed.
 */
export function embargoLinkState(link: { expiresAt: Date; revokedAt: Date | null }, articleStatus: ArticleStatus, now: Date): EmbargoLinkState {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return reviewedStatuses.includes(articleStatus) ? 'valid' : 'unavailable';
}

/** The furthest ahead a link may expire: long enough for any embargo, short enough to be forgotten safely. */
export const maxEmbargoLinkDays = 30;

export type EmbargoExpiryProblem = 'past' | 'tooFar';

export function embargoExpiryProblem(expiresAt: Date, now: Date): EmbargoExpiryProblem | null {
  if (expiresAt.getTime() <= now.getTime()) return 'past';
  return expiresAt.getTime() - now.getTime() > maxEmbargoLinkDays * 24 * 60 * 60 * 1000 ? 'tooFar' : null;
}

