import { describe, expect, it } from 'vitest';
import {
  challengeLifetimeMs,
  decryptTotpSecret,
  encryptTotpSecret,
  matchTotpStep,
  mustEnrolTwoFactor,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  signSignInChallenge,
  totpCodeAt,
  totpUri,
  verifySignInChallenge,
} from './two-factor';

const authSecret = 'a-test-auth-secret-of-at-least-thirty-two-characters';
// RFC 6238's SHA-1 test secret ("12345678901234567890") in base32, and its published code at T=59 s.
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('matches the RFC 6238 test vector, and a code one step either side for a clock a little off', () => {
    expect(totpCodeAt(rfcSecret, new Date(59_000))).toBe('287082');
    expect(matchTotpStep(rfcSecret, '287082', new Date(59_000))).toBe(1);
    expect(matchTotpStep(rfcSecret, '287 082', new Date(89_000))).toBe(1);
    expect(matchTotpStep(rfcSecret, '287082', new Date(150_000))).toBeNull();
    expect(matchTotpStep(rfcSecret, '28708', new Date(59_000))).toBeNull();
    expect(matchTotpStep(rfcSecret, '٢٨٧٠٨٢', new Date(59_000))).toBeNull();
  });

  it('new secrets are 160 random bits, and the QR address names the issuer and the account', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(totpUri(secret, 'reviewer@example.org')).toMatch(/^otpauth:\/\/totp\/Bayan:reviewer%40example\.org\?issuer=Bayan&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/);
  });
});

describe('the secret at rest', () => {
  it('is sealed with a key from AUTH_SECRET: unreadable with another one, and tampering is detected', () => {
    const sealed = encryptTotpSecret(rfcSecret, authSecret);
    expect(sealed).not.toContain(rfcSecret);
    expect(decryptTotpSecret(sealed, authSecret)).toBe(rfcSecret);
    expect(decryptTotpSecret(sealed, `${authSecret}-rotated`)).toBeNull();
    const [version, iv, tag, body] = sealed.split('.');
    const flipped = `${body!.slice(0, -2)}${body!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(decryptTotpSecret([version, iv, tag, flipped].join('.'), authSecret)).toBeNull();
    expect(decryptTotpSecret('not sealed', authSecret)).toBeNull();
    expect(encryptTotpSecret(rfcSecret, authSecret)).not.toBe(sealed);
  });
});

describe('recovery codes', () => {
  it('ten distinct codes without look-alike characters, accepted however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    const code = codes[0]!;
    expect(normalizeRecoveryCode(code.toLowerCase().replace('-', ' '))).toBe(code);
    expect(normalizeRecoveryCode(` ${code.replace('-', '')} `)).toBe(code);
    expect(normalizeRecoveryCode('ABCDE-FGHI0')).toBeNull();
    expect(normalizeRecoveryCode('123456')).toBeNull();
  });
});

describe('the sign-in challenge between password and code', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  const challenge = signSignInChallenge({ userId: 42, passwordStamp: 'stamp-of-the-hash', now }, authSecret);

  it('vouches for the account and its password for five minutes', () => {
    expect(verifySignInChallenge(challenge, authSecret, now)).toEqual({ userId: 42, passwordStamp: 'stamp-of-the-hash' });
    expect(verifySignInChallenge(challenge, authSecret, new Date(now.getTime() + challengeLifetimeMs - 1))).not.toBeNull();
    expect(verifySignInChallenge(challenge, authSecret, new Date(now.getTime() + challengeLifetimeMs))).toBeNull();
  });

  it('an attacker cannot change the account, extend it, or sign one without AUTH_SECRET', () => {
    const [, expires, stamp, signature] = challenge.split('.');
    expect(verifySignInChallenge(['43', expires, stamp, signature].join('.'), authSecret, now)).toBeNull();
    expect(verifySignInChallenge(['42', String(Number(expires) + 3_600_000), stamp, signature].join('.'), authSecret, now)).toBeNull();
    expect(verifySignInChallenge(challenge, 'another-secret-of-at-least-thirty-two-chars', now)).toBeNull();
    expect(verifySignInChallenge(`${challenge}.extra`, authSecret, now)).toBeNull();
  });
});

describe('who must set it up', () => {
  it('reviewers and admins without it, only while the organization requires it', () => {
    expect(mustEnrolTwoFactor({ role: 'reviewer', enrolled: false, required: true })).toBe(true);
    expect(mustEnrolTwoFactor({ role: 'admin', enrolled: false, required: true })).toBe(true);
    expect(mustEnrolTwoFactor({ role: 'admin', enrolled: true, required: true })).toBe(false);
    expect(mustEnrolTwoFactor({ role: 'writer', enrolled: false, required: true })).toBe(false);
    expect(mustEnrolTwoFactor({ role: 'translator', enrolled: false, required: true })).toBe(false);
    expect(mustEnrolTwoFactor({ role: 'admin', enrolled: false, required: false })).toBe(false);
  });
});
