import { describe, expect, it } from 'vitest';
import { embargoLinkState, newEmbargoToken, signEmbargoToken, verifyEmbargoToken } from './embargo';

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
  it('is valid before expiry, expired after, revoked when revoked', () => {
    expect(embargoLinkState({ expiresAt: new Date(now.getTime() + 1000), revokedAt: null }, now)).toBe('valid');
    expect(embargoLinkState({ expiresAt: now, revokedAt: null }, now)).toBe('expired');
    expect(embargoLinkState({ expiresAt: new Date(now.getTime() + 1000), revokedAt: now }, now)).toBe('revoked');
  });
});
