import { afterEach, describe, expect, it, vi } from 'vitest';

// The e2e suite runs over plain HTTP and sees HttpOnly and SameSite=Lax; Secure depends on the site's origin.
async function authConfigFor(siteUrl: string) {
  vi.stubEnv('SITE_URL', siteUrl);
  vi.resetModules();
  return (await import('@/auth.config')).authConfig;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('Auth.js cookies', () => {
  it('are Secure on a site served over HTTPS, whatever header a proxy forwards', async () => {
    expect((await authConfigFor('https://news.example.org')).useSecureCookies).toBe(true);
  });

  it('are not Secure on a plain-HTTP site, where a Secure cookie would never travel', async () => {
    expect((await authConfigFor('http://localhost:3000')).useSecureCookies).toBe(false);
  });
});
