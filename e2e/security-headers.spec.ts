import { type APIResponse, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { demoPassword, demoUsers, signInAs } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { demoArticle, embargoedKey } from './helpers/demo-content';
import { uniquePhoto } from './helpers/media';
import { createDraft, openAs, organizationWallTime, typeInBody } from './helpers/newsroom';

/*
 * The security headers each kind of response leaves with (lib/security-headers.ts), read from
 * outside, and a browser walk over every kind of page that must meet no Content-Security-Policy
 * violation: the policies are strict, and the app itself must live within them.
 */

const article = demoArticle('council-of-foreign-ministers-rabat-opens', 'ar');

/** A policy's directives by name. */
function directives(response: APIResponse): Map<string, string[]> {
  const policy = response.headers()['content-security-policy'] ?? '';
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function expectEverywhereHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['permissions-policy'], what).toContain('geolocation=()');
  // Plain HTTP: no HSTS (a browser would ignore it; the proxy's HTTPS is what earns it).
  expect(headers['strict-transport-security'], what).toBeUndefined();
  const csp = directives(response);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
}

/** Staff pages: a fresh nonce per response, on every script the page has, and nothing inline otherwise. */
async function expectNoncePolicy(response: APIResponse, what: string): Promise<string> {
  expect(response.status(), what).toBe(200);
  expectEverywhereHeaders(response, what);
  const csp = directives(response);
  const scripts = csp.get('script-src') ?? [];
  const nonce = /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(scripts.find((source) => source.startsWith("'nonce-")) ?? '')?.[1];
  expect(nonce, `${what}: a nonce`).toBeTruthy();
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  for (const [name, value] of [['object-src', "'none'"], ['base-uri', "'self'"], ['form-action', "'self'"]]) expect(csp.get(name!), `${what} ${name}`).toEqual([value]);
  const html = await response.text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes('application/ld+json'));
  expect(tags.length, `${what}: scripts`).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, `${what}: every script carries the nonce`).toContain(`nonce="${nonce}"`);
  return nonce!;
}

test('public, staff, API and media responses carry their security headers', async ({ page, request }) => {
  await test.step('public pages: a cache-safe policy without a nonce', async () => {
    for (const path of ['/ar', article.path, '/ar/search?q=%D9%85%D8%A4%D8%AA%D9%85%D8%B1', '/ar/news/no-such-release']) {
      const response = await request.get(path);
      expectEverywhereHeaders(response, path);
      const csp = directives(response);
      expect(csp.get('script-src'), path).toEqual(["'self'", "'unsafe-inline'"]);
      // Injected event-handler attributes never run, even where inline scripts must.
      expect(csp.get('script-src-attr'), path).toEqual(["'none'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('base-uri'), path).toEqual(["'self'"]);
      expect(csp.get('form-action'), path).toEqual(["'self'"]);
      expect(response.headers()['content-security-policy'], path).not.toContain('nonce-');
    }
  });

  await test.step('sign-in and admin pages: a fresh nonce on each response', async () => {
    const first = await expectNoncePolicy(await request.get('/en/login'), '/en/login');
    const second = await expectNoncePolicy(await request.get('/en/login'), '/en/login again');
    expect(second).not.toBe(first);
    // A policy sent by the client is no way to choose the nonce.
    const forged = await request.get('/en/login', { headers: { 'content-security-policy': "script-src 'nonce-Zm9yZ2Vk'" } });
    expect(await expectNoncePolicy(forged, 'forged policy')).not.toBe('Zm9yZ2Vk');

    await signInAs(page, demoUsers.admin);
    for (const path of ['/en/admin', '/en/admin/settings']) await expectNoncePolicy(await page.request.get(path), path);
  });

  await test.step('cookies: HttpOnly and SameSite=Lax (Secure needs an HTTPS origin)', async () => {
    const csrf = await request.get('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signIn = await request.post('/api/auth/callback/credentials', {
      form: { email: demoUsers.writer, password: demoPassword, csrfToken, callbackUrl: '/' },
      maxRedirects: 0,
    });
    const cookies = [...csrf.headersArray(), ...signIn.headersArray()].filter(({ name }) => name.toLowerCase() === 'set-cookie').map(({ value }) => value);
    expect(cookies.some((cookie) => cookie.startsWith('authjs.session-token='))).toBe(true);
    for (const cookie of cookies) {
      expect(cookie, cookie.split('=')[0]).toMatch(/;\s*HttpOnly/i);
      expect(cookie, cookie.split('=')[0]).toMatch(/;\s*SameSite=Lax/i);
    }
  });

  await test.step('API answers and media files: nothing may run in them', async () => {
    const health = await request.get('/api/health');
    expectEverywhereHeaders(health, '/api/health');
    expect(directives(health).get('default-src')).toEqual(["'none'"]);

    const upload = await page.request.post('/api/media?locale=en', { multipart: { file: { name: 'headers.jpg', mimeType: 'image/jpeg', buffer: await uniquePhoto(320, 200) } } });
    expect(upload.status()).toBe(201);
    const file = /\/media\/[0-9a-f]{64}\/[\w.]+/.exec(await upload.text())?.[0];
    expect(file, 'the upload answers with its file').toBeTruthy();
    const media = await request.get(file!);
    expect(media.status()).toBe(200);
    expectEverywhereHeaders(media, file!);
    expect(directives(media).get('default-src')).toEqual(["'none'"]);
    expect(directives(media).has('sandbox')).toBe(true);
  });

  await test.step('HSTS once the proxy in front says the request came over HTTPS', async () => {
    for (const path of ['/ar', '/en/login', '/api/health']) {
      const response = await request.get(path, { headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers()['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
    }
  });
});

/** Records every CSP violation of the context's pages, from before any script of theirs runs. */
async function watchViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.slice());

/** Opens a page, lets it settle (hydration, late chunks) and returns the violations it met. */
async function visit(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState('networkidle');
  return (await violations(page)).map((violation) => `${path}: ${violation}`);
}

/** An injected handler is blocked and reported: the watch works, and the policy holds. */
async function expectHandlerBlocked(page: Page) {
  const ran = await page.evaluate(async () => {
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__injectedRan = true');
    image.src = '/no-such-image.png';
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
  });
  expect(ran, 'an injected onerror handler').toBe(false);
  expect((await violations(page)).some((violation) => violation.startsWith('script-src'))).toBe(true);
}

test('no page of the site meets a Content-Security-Policy violation', async ({ browser }) => {
  test.setTimeout(90_000);
  const found: string[] = [];

  await test.step('public pages, as a reader', async () => {
    const context = await browser.newContext({ locale: 'ar' });
    await watchViolations(context);
    const page = await context.newPage();
    found.push(...(await visit(page, '/ar')));
    found.push(...(await visit(page, article.path)));
    const category = page.locator('main a[href^="/ar/category/"]').first();
    await expect(category).toBeVisible();
    const tag = page.locator('main a[href^="/ar/tag/"]').first();
    await expect(tag).toBeVisible();
    const [categoryPath, tagPath] = [await category.getAttribute('href'), await tag.getAttribute('href')];
    found.push(...(await visit(page, categoryPath!)));
    found.push(...(await visit(page, tagPath!)));
    found.push(...(await visit(page, '/ar/search?q=%D9%85%D8%A4%D8%AA%D9%85%D8%B1')));
    found.push(...(await visit(page, '/en/login')));
    await expectHandlerBlocked(page);
    await context.close();
  });

  await test.step('the newsroom, as an administrator', async () => {
    const { context, page } = await openAs(browser, demoUsers.admin);
    await watchViolations(context);
    for (const path of ['/en/admin', '/en/admin/media', '/en/admin/settings', '/en/admin/audit']) found.push(...(await visit(page, path)));
    // The editor: Tiptap running, typing and autosaving, proves the nonce-bearing scripts run.
    const id = await createDraft(page, { language: 'English', title: `Policy check ${Date.now()}` });
    await typeInBody(page, 'Scripts run under the nonce; nothing else does.');
    found.push(...(await violations(page)).map((violation) => `editor: ${violation}`));
    found.push(...(await visit(page, `/en/admin/articles/${id}/preview`)));
    found.push(...(await visit(page, `/en/admin/articles/${id}/history`)));
    await expectHandlerBlocked(page);

    // An embargo link on the demo's scheduled release, opened by a partner.
    const [scheduled] = queryDatabase<{ id: number }>("SELECT id FROM articles WHERE translation_group_id = ? AND locale = 'en'", demoArticle(embargoedKey, 'en').groupId);
    found.push(...(await visit(page, `/en/admin/articles/${scheduled!.id}`)));
    const links = page.getByRole('region', { name: 'Embargo links' });
    await links.getByLabel(/Expires at/).fill(organizationWallTime(new Date(Date.now() + 2 * 60 * 60 * 1000)));
    await links.getByRole('button', { name: 'Create link' }).click();
    const field = links.getByLabel(/^Link \(expires/).first();
    await expect(field).toHaveValue(/\/embargo\//);
    const partner = await browser.newContext({ locale: 'en' });
    await watchViolations(partner);
    found.push(...(await visit(await partner.newPage(), new URL(await field.inputValue()).pathname)));
    await partner.close();
    await context.close();
  });

  expect(found).toEqual([]);
});
