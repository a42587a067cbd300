import type { ArticleStatus } from './domain';
import { type LinkExpiryProblem, linkExpiryProblem, linkState, type LinkState, newLinkToken, signLinkToken, verifyLinkToken } from './shared-links';

/** A fresh random token for an embargo link (stored in the database). */
export const newEmbargoToken = newLinkToken;

/** The URL part of an embargo link (lib/shared-links.ts). */
export function signEmbargoToken(token: string, secret: string): string {
  return signLinkToken('embargo', token, secret);
}

/** The token inside a signed embargo link, or null when the signature does not match. */
export function verifyEmbargoToken(signed: string, secret: string): string | null {
  return verifyLinkToken('embargo', signed, secret);
}

export type EmbargoLinkState = LinkState;

/** Partners read only text that passed review: approved (scheduled or not) or published. */
const reviewedStatuses: readonly ArticleStatus[] = ['approved', 'published'];

/**
 * Whether a link shows its article now. The article's state is checked as well as the link's, so a
 * link never shows text that went back to its writer, even if the revocation were missed.
 */
export function embargoLinkState(link: { expiresAt: Date; revokedAt: Date | null }, articleStatus: ArticleStatus, now: Date): EmbargoLinkState {
  return linkState(link, reviewedStatuses.includes(articleStatus), now);
}

/** The furthest ahead a link may expire: long enough for any embargo, short enough to be forgotten safely. */
export const maxEmbargoLinkDays = 30;

export type EmbargoExpiryProblem = LinkExpiryProblem;

export function embargoExpiryProblem(expiresAt: Date, now: Date): EmbargoExpiryProblem | null {
  return linkExpiryProblem(expiresAt, now, maxEmbargoLinkDays);
}
