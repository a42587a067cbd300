import { describe, expect, it } from 'vitest';
import { embargoExpiryProblem, embargoLinkState, maxEmbargoLinkDays, newEmbargoToken, signEmbargoToken, verifyEmbargoToken } from './embargo';

const secret = 'test-secret-test-secret-test-secret-42';

describe('embargo link signatures', () => {
  it('verifies its own signature and returns the token', () => {
    const token = newEmbargoToken();
    expect(verifyEmbargoToken(signEmbargoToken(token, secret), secret)).toBe(token);
  });

  it('rejects an altered token, another secret, or a malformed link', () => {
    const signed = signEmbargoToken('abc', secret);
    expect(verifyEmbargoToken(signed.replace('abc', 'abd'), secret)).toBeNull();
    expect(verifyEmbargoToken(signed, `${secret}x`)).toBeNull();
    expect(verifyEmbargoToken('abc', secret)).toBeNull();
    expect(verifyEmbargoToken(`${signed}.x`, secret)).toBeNull();
  });
});

describe('embargoLinkState', () => {
  const now = new Date('2026-11-29T07:00:00Z');
  const later = new Date(now.getTime() + 1000);
  it('is valid before expiry, expired after, revoked when revoked', () => {
    expect(embargoLinkState({ expiresAt: later, revokedAt: null }, 'approved', now)).toBe('valid');
    expect(embargoLinkState({ expiresAt: later, revokedAt: null }, 'published', now)).toBe('valid');
    expect(embargoLinkState({ expiresAt: now, revokedAt: null }, 'approved', now)).toBe('expired');
    expect(embargoLinkState({ expiresAt: later, revokedAt: now }, 'approved', now)).toBe('revoked');
  });

  it.each(['draft', 'in_review', 'changes_requested', 'unpublished'] as const)('shows nothing while the article is %s, even if the link was never revoked', (status) => {
    expect(embargoLinkState({ expiresAt: later, revokedAt: null }, status, now)).toBe('unavailable');
  });
});

describe('embargoExpiryProblem', () => {
  const now = new Date('2026-11-29T07:00:00Z');
  const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);
  it(`accepts up to ${maxEmbargoLinkDays} days ahead and refuses the past and beyond`, () => {
    expect(embargoExpiryProblem(days(1), now)).toBeNull();
    expect(embargoExpiryProblem(days(maxEmbargoLinkDays), now)).toBeNull();
    expect(embargoExpiryProblem(new Date(days(maxEmbargoLinkDays).getTime() + 1000), now)).toBe('tooFar');
    expect(embargoExpiryProblem(days(365 * 5), now)).toBe('tooFar');
    expect(embargoExpiryProblem(now, now)).toBe('past');
    expect(embargoExpiryProblem(days(-1), now)).toBe('past');
  });
});
