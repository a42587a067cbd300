import { type APIRequestContext, expect, test } from '@playwright/test';
import { demoUsers } from './helpers/auth';
import { startFrontCache } from './helpers/front-cache';
import { articleStatus, createDraft, openAs, submitAndApprove, typeInBody } from './helpers/newsroom';
import { toolEnv } from '../lib/env';

/*
 * The shipped nginx site (deploy/nginx/bayan.conf) in front of the production server, as a
 * newsroom would run it: public pages come from the front cache, staff never do, and a release
 * that is published or taken down shows through the cache within 5 seconds.
 */

const frontPort = toolEnv().E2E_FRONT_PORT;
let front: ReturnType<typeof startFrontCache>;

test.beforeAll(({ baseURL }) => {
  front = startFrontCache({ origin: baseURL!, port: frontPort });
});
test.afterAll(() => front?.stop());

async function cacheStatus(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(`${front.url}${path}`, { headers, maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()['x-cache-status'] ?? 'none', headers: response.headers(), body: await response.text() };
}

/** Polls the front until `check` holds; returns how long it took, failing after 5 seconds. */
async function within5s(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    expect(Date.now() - started, 'seen through the front cache within 5 s').toBeLessThan(5_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Date.now() - started;
}

test('public pages come from the front cache; staff pages and signed-in requests never do', async ({ browser, request }) => {
  for (const path of ['/ar', '/en/feed.xml']) {
    await cacheStatus(request, path);
    const again = await cacheStatus(request, path);
    expect(again.status, path).toBe(200);
    expect(again.cache, path).toMatch(/^(HIT|UPDATING|STALE)$/);
    // Any other shared cache (a CDN) keeps it a few seconds at most, with no stale copies.
    expect(again.headers['cache-control'], path).toBe('public, max-age=0, s-maxage=5');
  }
  // Compressed by nginx, not by Node.
  const compressed = await request.get(`${front.url}/ar`, { headers: { 'accept-encoding': 'gzip' } });
  expect(compressed.headers()['content-encoding']).toBe('gzip');

  await cacheStatus(request, '/en/login');
  expect((await cacheStatus(request, '/en/login')).cache, 'the sign-in page').not.toBe('HIT');

  const { context, page } = await openAs(browser, demoUsers.reviewer);
  const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
  for (const path of ['/en/admin', '/ar']) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const signedIn = await cacheStatus(request, path, { cookie });
      expect(signedIn.cache, `${path} with a session`).toBe('BYPASS');
    }
  }
  // The newsroom's page went to the origin each time: it greets the signed-in reviewer.
  expect((await cacheStatus(request, '/en/admin', { cookie })).body).toContain('Newsroom');
  await page.close();
  await context.close();
});

test('a published release reaches the home page through the front cache within 5 s, and its page answers 404 within 5 s of unpublishing', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const title = `Front cache statement ${Date.now()}`;
  const writer = await openAs(browser, demoUsers.writer);
  const id = await createDraft(writer.page, { language: 'English', title });
  await typeInBody(writer.page, 'The statement reaches readers through the front cache.');
  const slug = await writer.page.getByLabel('Slug (web address)').inputValue();
  const reviewer = await submitAndApprove(browser, writer.page, id);
  await writer.context.close();

  // The home page is in the front cache before the release is out.
  await cacheStatus(request, '/en');
  expect((await cacheStatus(request, '/en')).body).not.toContain(title);

  await reviewer.page.getByRole('button', { name: 'Publish' }).click();
  await expect(articleStatus(reviewer.page)).toHaveText('Published');
  const shown = await within5s(async () => (await cacheStatus(request, '/en')).body.includes(title));
  const article = `/en/news/${encodeURIComponent(slug)}`;
  await within5s(async () => (await cacheStatus(request, article)).status === 200);
  expect((await cacheStatus(request, article)).cache).toMatch(/^(HIT|UPDATING|STALE|MISS|EXPIRED)$/);

  await reviewer.page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(articleStatus(reviewer.page)).toHaveText('Unpublished');
  const gone = await within5s(async () => (await cacheStatus(request, article)).status === 404);
  test.info().annotations.push({ type: 'front cache', description: `published on the home page after ${shown} ms; 404 after ${gone} ms` });
  await reviewer.context.close();
});
