/**
 * Trust at the door (issue 10, items 2, 5 and 7), over HTTP against the production server: the
 * sign-in page never sends anyone off-site, parallel guesses do not outrun the lockout, and a
 * temporary password opens nothing but the form to replace it.
 */
import { spawn } from 'node:child_process';
import { type Browser, expect, type Page, request, test } from '@playwright/test';
import { demoPassword, demoUsers, signInAs } from './helpers/auth';
import { uniquePhoto } from './helpers/media';
import { type CreatedUser, createUserAsAdmin, uniqueSuffix } from './helpers/users';
import { e2eAuthSecret, env, toolEnv } from '../lib/env';

test.describe.configure({ mode: 'parallel' });

test.describe('sign-in redirects', () => {
  /** Paths that a URL parser (ours, then the browser's) turns into another host, and plain other origins. */
  const hostile = [
    '//evil.example',
    '///evil.example',
    '/.//evil.example',
    '/%2e%2e//evil.example',
    '/%2E%2E//evil.example',
    '/en/..//evil.example',
    '/en/%2e%2e/%2e%2e//evil.example',
    '/%2f/evil.example',
    '/%5c/evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '/.\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    'https://evil.example/en/admin',
    'javascript:alert(1)',
  ];

  test('a signed-in visitor sent to the sign-in page with a hostile callbackUrl stays on the site', async ({ page, baseURL }) => {
    const site = new URL(baseURL!).origin;
    await signInAs(page, demoUsers.reviewer);
    for (const value of hostile) {
      const response = await page.request.get(`/en/login?callbackUrl=${encodeURIComponent(value)}`, { maxRedirects: 0 });
      expect(response.status(), JSON.stringify(value)).toBe(307);
      const location = response.headers()['location'] ?? '';
      // Resolved as a browser would (WHATWG URL: backslashes, tabs and newlines included).
      expect(new URL(location, site).origin, `${JSON.stringify(value)} → ${location}`).toBe(site);
    }
    // A local way back is still followed.
    const local = await page.request.get(`/en/login?callbackUrl=${encodeURIComponent('/en/admin/inbox')}`, { maxRedirects: 0 });
    expect(local.headers()['location']).toBe('/en/admin/inbox');
  });

  test('Auth.js’s own endpoint applies the same check to a posted callbackUrl', async ({ page }) => {
    const signIn = async (callbackUrl: string) => {
      const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
      const response = await page.request.post('/api/auth/callback/credentials', { form: { email: demoUsers.reviewer, password: demoPassword, csrfToken, callbackUrl }, maxRedirects: 0 });
      expect(response.status(), JSON.stringify(callbackUrl)).toBe(302);
      return new URL(response.headers()['location'] ?? '');
    };
    // Auth.js answers with absolute URLs on the origin it sees for the request: a local path shows which.
    const site = (await signIn('/en/admin')).origin;
    for (const value of ['/.//evil.example', '/%2e%2e//evil.example', '/\\evil.example', 'https://evil.example/']) {
      const location = await signIn(value);
      expect(location.origin, JSON.stringify(value)).toBe(site);
      expect(location.pathname.startsWith('//'), `${JSON.stringify(value)} → ${location.href}`).toBe(false);
    }
  });
});

test.describe('lockout', () => {
  test('with no trusted proxy, the address counted and audited is the socket’s, whatever X-Forwarded-For the client sends', async ({ page, baseURL }) => {
    test.slow();
    // A second server on the same build and database, configured as a deployment with no proxy in
    // front (the main test server trusts one: see playwright.config.ts).
    const port = Number(new URL(baseURL!).port) + 1;
    const origin = `http://127.0.0.1:${port}`;
    const server = spawn(process.execPath, ['server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
      env: { ...process.env, BAYAN_TRUSTED_PROXIES: '0', SITE_URL: origin, AUTH_SECRET: env.AUTH_SECRET ?? e2eAuthSecret, DATABASE_URL: toolEnv().DATABASE_URL },
      stdio: 'ignore',
      // Its own process group, so it is stopped whole.
      detached: true,
    });
    const client = await request.newContext({ baseURL: origin, extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.66' } });
    try {
      await expect.poll(async () => (await client.get('/api/health').catch(() => null))?.status() ?? 0, { timeout: 60_000 }).toBe(200);
      const email = `nobody-${uniqueSuffix()}@example.org`;
      const { csrfToken } = (await (await client.get('/api/auth/csrf')).json()) as { csrfToken: string };
      const response = await client.post('/api/auth/callback/credentials', { form: { email, password: 'not-the-password', csrfToken, callbackUrl: '/en/admin' }, maxRedirects: 0 });
      expect(response.headers()['location']).toContain('code=credentials');

      await signInAs(page, demoUsers.admin);
      await page.goto('/en/admin/audit?action=auth.signInFailed');
      const row = page.getByRole('row').filter({ hasText: email });
      await expect(row).toContainText('127.0.0.1');
      await expect(row).not.toContainText('203.0.113.66');
    } finally {
      await client.dispose();
      process.kill(-server.pid!, 'SIGTERM');
    }
  });

  test('20 parallel wrong passwords at one account get at most 5 checks; then the right password is refused as locked', async ({ browser }) => {
    test.slow();
    const user = await createUserAsAdmin(browser, 'writer');
    const context = await browser.newContext({ locale: 'en' });
    const { csrfToken } = (await (await context.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    // Each guess from an address of its own (as the trusted proxy reports it): the account's
    // limit, not the address's, is what must stop them.
    const run = uniqueSuffix();
    const attempt = (password: string, n: number) =>
      context.request.post('/api/auth/callback/credentials', {
        form: { email: user.email, password, csrfToken, callbackUrl: '/en/admin' },
        headers: { 'x-forwarded-for': `2001:db8:${run.slice(-4)}::${n.toString(16)}` },
        maxRedirects: 0,
      });
    const responses = await Promise.all(Array.from({ length: 20 }, (_, n) => attempt(`wrong-password-${n}`, n + 1)));
    const outcomes = responses.map((response) => new URL(response.headers()['location'] ?? '', 'http://x').searchParams.get('code'));
    // `credentials`: the password was checked and was wrong; `locked`: refused before any check.
    expect(outcomes.filter((code) => code === 'credentials').length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((code) => code !== 'credentials' && code !== 'locked')).toEqual([]);

    const right = await attempt(user.password, 99);
    expect(new URL(right.headers()['location'] ?? '', 'http://x').searchParams.get('code')).toBe('locked');
    await context.close();
  });
});

test.describe('temporary passwords', () => {
  const temporaryNotice = 'You signed in with a temporary password. Choose your own password to continue.';

  async function signedInPage(browser: Browser, email: string, password?: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'en' });
    const page = await context.newPage();
    await signInAs(page, email, password);
    return page;
  }

  async function resetPassword(browser: Browser, user: CreatedUser, password: string) {
    const admin = await signedInPage(browser, demoUsers.admin);
    await admin.goto('/en/admin/users');
    await admin.getByRole('link', { name: `Manage ${user.name}` }).click();
    await admin.getByLabel('Temporary password').fill(password);
    await admin.getByRole('button', { name: 'Set temporary password' }).click();
    await expect(admin.getByText('The password was reset. The user must choose a new one at next sign-in.')).toBeVisible();
    await admin.context().close();
  }

  test('a holder can neither upload nor edit their own earlier upload, and admin pages send nothing but the form', async ({ browser, baseURL }) => {
    test.slow();
    const user = await createUserAsAdmin(browser, 'writer');

    // 1. With the admin-issued password: uploads are refused, pages show only the password form.
    const first = await signedInPage(browser, user.email, user.password);
    const refusedUpload = await first.request.post('/api/media?locale=en', { multipart: { file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: await uniquePhoto(64, 64) } } });
    expect(refusedUpload.status()).toBe(403);
    for (const path of ['/en/admin', '/en/admin/inbox', '/en/admin/articles']) {
      await first.goto(path);
      await expect(first.getByRole('heading', { name: temporaryNotice })).toBeVisible();
    }

    // 2. Their own password: they upload an image and caption it (the request is kept to replay).
    const own = `${user.password}-own`;
    await first.getByLabel('Current password').fill(user.password);
    await first.getByLabel('New password', { exact: true }).fill(own);
    await first.getByLabel('New password again').fill(own);
    await first.getByRole('button', { name: 'Change password' }).click();
    await expect(first.getByRole('heading', { name: 'Newsroom', level: 1 })).toBeVisible();
    const upload = await first.request.post('/api/media?locale=en', { multipart: { file: { name: 'b.jpg', mimeType: 'image/jpeg', buffer: await uniquePhoto(64, 64) } } });
    expect(upload.status()).toBe(201);
    const { image } = (await upload.json()) as { image: { id: number } };
    const detailsPath = `/en/admin/media/${image.id}`;
    const captionOne = `Caption by its uploader ${uniqueSuffix()}`;
    const captionTwo = `Caption while on a temporary password ${uniqueSuffix()}`;
    await first.goto(detailsPath);
    await first.getByRole('group', { name: 'Text in English' }).getByLabel('Caption').fill(captionOne);
    const [saveRequest] = await Promise.all([
      first.waitForRequest((request) => request.method() === 'POST' && 'next-action' in request.headers()),
      first.getByRole('button', { name: 'Save' }).click(),
    ]);
    await expect(first.getByText('Details saved.')).toBeVisible();
    await first.context().close();

    // 3. An administrator resets the password: the holder of the new temporary one is refused.
    const temporary = `${user.password}-reset`;
    await resetPassword(browser, user, temporary);
    const second = await signedInPage(browser, user.email, temporary);
    // The page shows the password form, and its own content is not even inside the RSC payload
    // (Next.js renders a page into it whether or not the layout shows it).
    const page = await second.request.get(detailsPath);
    const html = await page.text();
    expect(html).toContain(temporaryNotice);
    expect(html).not.toContain(captionOne);

    // The same server action the details form posts, with another caption, under the temporary password.
    const sent = saveRequest.headers();
    const replay = await second.request.post(saveRequest.url(), {
      headers: { 'next-action': sent['next-action']!, 'content-type': sent['content-type']!, accept: 'text/x-component', origin: new URL(baseURL!).origin },
      data: (saveRequest.postData() ?? '').replace(captionOne, captionTwo),
    });
    expect(replay.status()).toBe(200);
    const answer = await replay.text();
    expect(answer).toContain('"forbidden"');
    expect(answer).not.toContain('Details saved.');
    await second.context().close();

    // The caption is still the uploader's.
    const admin = await signedInPage(browser, demoUsers.admin);
    await admin.goto(detailsPath);
    await expect(admin.getByRole('group', { name: 'Text in English' }).getByLabel('Caption')).toHaveValue(captionOne);
    await admin.context().close();
  });
});
