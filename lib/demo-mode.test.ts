import { describe, expect, it } from 'vitest';
import { createAdminCommand, demoPasswordRefusal, demoPasswords, isDemoMode, isLocalSiteUrl, publishedDemoPassword, refusesDemoPasswords } from './demo-mode';
import { envSchema } from './env';

describe('isLocalSiteUrl', () => {
  it.each([
    ['http://localhost:3000', true],
    ['http://127.0.0.1:3100', true],
    ['http://[::1]:3000/', true],
    ['https://LOCALHOST', true],
    ['https://news.example.org', false],
    ['http://localhost.example.org', false],
    ['http://127.0.0.1.nip.io', false],
    ['http://10.0.0.5:3000', false],
  ])('%s → %s', (url, local) => {
    expect(isLocalSiteUrl(url)).toBe(local);
  });
});

describe('isDemoMode', () => {
  it.each([
    [{ SITE_URL: 'http://localhost:3000' }, true],
    [{ SITE_URL: 'http://127.0.0.1:3100' }, true],
    [{ SITE_URL: 'https://news.example.org' }, false],
    [{ SITE_URL: 'http://localhost:3000', BAYAN_DEMO: '0' as const }, false],
    [{ SITE_URL: 'https://news.example.org', BAYAN_DEMO: '1' as const }, true],
  ])('%o → %s', (env, demo) => {
    expect(isDemoMode(env)).toBe(demo);
  });

  it('is on when nothing is configured, as on a fresh clone', () => {
    expect(isDemoMode(envSchema.parse({}))).toBe(true);
  });
});

describe('BAYAN_DEMO', () => {
  it.each(['1', '0', undefined])('accepts %s', (value) => {
    expect(envSchema.safeParse({ BAYAN_DEMO: value }).success).toBe(true);
  });

  it.each(['yes', 'true', '', '2'])('refuses %o with a message saying what it takes', (value) => {
    const result = envSchema.safeParse({ BAYAN_DEMO: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/BAYAN_DEMO must be 1 .* or 0/);
  });
});

describe('refusesDemoPasswords', () => {
  it.each([
    [{ NODE_ENV: 'production', SITE_URL: 'https://news.example.org' }, true],
    [{ NODE_ENV: 'production', SITE_URL: 'http://localhost:3000' }, false],
    [{ NODE_ENV: 'production', SITE_URL: 'http://127.0.0.1:3100' }, false],
    [{ NODE_ENV: 'development', SITE_URL: 'https://news.example.org' }, false],
  ])('%o → %s', (env, refuses) => {
    expect(refusesDemoPasswords(env)).toBe(refuses);
  });
});

describe('demoPasswords', () => {
  it('are the configured one and the published one, once each', () => {
    expect(demoPasswords(publishedDemoPassword)).toEqual([publishedDemoPassword]);
    expect(demoPasswords('another-demo-password')).toEqual(['another-demo-password', publishedDemoPassword]);
  });
});

describe('demoPasswordRefusal', () => {
  it('names the site and every account, and says what to do', () => {
    const message = demoPasswordRefusal({ siteUrl: 'https://news.example.org', emails: ['admin@example.org', 'writer@example.org'] });
    expect(message).toContain('Refusing to start: https://news.example.org');
    expect(message).toContain('  - admin@example.org\n  - writer@example.org');
    expect(message).toContain('reset their passwords');
    expect(message).toContain(createAdminCommand);
  });
});
