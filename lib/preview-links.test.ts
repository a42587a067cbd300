import { describe, expect, it } from 'vitest';
import { signEmbargoToken, verifyEmbargoToken } from './embargo';
import { maxPreviewLinkDays, previewExpiryProblem, previewLinkState, signPreviewToken, verifyPreviewToken } from './preview-links';
import { newLinkToken } from './shared-links';

const secret = 'test-secret-test-secret-test-secret-42';
const now = new Date('2026-11-30T07:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);

describe('draft preview links', () => {
  it('verify their own signature, and neither kind opens the other kind’s page', () => {
    const token = newLinkToken();
    expect(verifyPreviewToken(signPreviewToken(token, secret), secret)).toBe(token);
    expect(verifyEmbargoToken(signPreviewToken(token, secret), secret)).toBeNull();
    expect(verifyPreviewToken(signEmbargoToken(token, secret), secret)).toBeNull();
  });

  it(`expire at most ${maxPreviewLinkDays} days ahead`, () => {
    expect(previewExpiryProblem(days(maxPreviewLinkDays), now)).toBeNull();
    expect(previewExpiryProblem(new Date(days(maxPreviewLinkDays).getTime() + 1000), now)).toBe('tooFar');
    expect(previewExpiryProblem(now, now)).toBe('past');
  });

  it('show a draft in any state but withdrawn, until revoked or expired', () => {
    const link = { expiresAt: days(1), revokedAt: null };
    expect(previewLinkState(link, 'draft', now)).toBe('valid');
    expect(previewLinkState(link, 'withdrawn', now)).toBe('unavailable');
    expect(previewLinkState({ ...link, revokedAt: now }, 'draft', now)).toBe('revoked');
    expect(previewLinkState({ ...link, expiresAt: now }, 'draft', now)).toBe('expired');
  });
});
