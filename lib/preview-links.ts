import type { ArticleStatus } from './domain';
import { type LinkExpiryProblem, linkExpiryProblem, linkState, type LinkState, signLinkToken, verifyLinkToken } from './shared-links';

/**
 * Draft preview links: one revision of an article, shown to someone without an account, marked
 * as not for publication. Signed as `preview`, so an embargo link's page refuses them and the
 * other way round.
 */
export function signPreviewToken(token: string, secret: string): string {
  return signLinkToken('preview', token, secret);
}

export function verifyPreviewToken(signed: string, secret: string): string | null {
  return verifyLinkToken('preview', signed, secret);
}

/** A draft shared for a few days' comment, not a standing copy. */
export const maxPreviewLinkDays = 7;

export function previewExpiryProblem(expiresAt: Date, now: Date): LinkExpiryProblem | null {
  return linkExpiryProblem(expiresAt, now, maxPreviewLinkDays);
}

/** A withdrawn release is not shown, not even a draft of it. */
export function previewLinkState(link: { expiresAt: Date; revokedAt: Date | null }, articleStatus: ArticleStatus, now: Date): LinkState {
  return linkState(link, articleStatus !== 'withdrawn', now);
}
