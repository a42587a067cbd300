import { expect, test } from '@playwright/test';
import { queryDatabase } from './helpers/database';
import { demoArticle } from './helpers/demo-content';

const dakar = demoArticle('food-security-ministerial-conference-dakar', 'ar');

test.describe('what a public page weighs', () => {
  test('every demo article page stays under 60 KB of HTML, in every language', async ({ request }) => {
    // The sitemap index, then each of its files: every public article's address.
    const index = await (await request.get('/sitemap.xml')).text();
    const files = [...index.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]+)<\/loc>/g)].map((match) => match[1]!);
    const articles: string[] = [];
    for (const file of files) {
      const sitemap = await (await request.get(file)).text();
      articles.push(...[...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/(?:ar|en|fr)\/news\/[^<]+)<\/loc>/g)].map((match) => match[1]!));
    }
    expect(articles.length).toBeGreaterThanOrEqual(50);
    const sizes: { path: string; bytes: number }[] = [];
    for (const path of articles) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      sizes.push({ path: decodeURIComponent(path), bytes: (await response.body()).length });
    }
    const heaviest = sizes.sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(heaviest.bytes, `${heaviest.path} weighs ${heaviest.bytes} bytes`).toBeLessThanOrEqual(60 * 1024);
  });

  test('Arabic addresses are written as letters, and the browser still lands on them', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(dakar.path);
    // "Copy link" puts the percent-encoded address on the clipboard, safe to paste anywhere.
    await page.getByRole('link', { name: 'نسخ الرابط' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'نُسخ الرابط' })).toBeAttached();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.href).toMatch(/^https?:\/\/[\x21-\x7E]+$/);
    expect(copied.pathname).toBe(dakar.path);

    const related = page.getByRole('region', { name: 'أخبار ذات صلة' }).getByRole('link').first();
    const href = (await related.getAttribute('href'))!;
    expect(href).toMatch(/^\/ar\/news\/[\u0600-\u06FF]/);
    const title = (await related.textContent())!;
    await related.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(new URL(page.url()).pathname).toBe(encodeURI(href));
  });

  test('share buttons go through a short address to the network, only for a public article', async ({ page, request }) => {
    await page.goto(dakar.path);
    const share = page.getByRole('region', { name: 'شارك الخبر' });
    const x = share.getByRole('link', { name: 'شارك عبر إكس' });
    const shortAddress = (await x.getAttribute('href'))!;
    expect(shortAddress).toMatch(/^\/ar\/share\/x\/\d+$/);
    expect(await share.locator('a[href^="mailto:"]').count()).toBe(1);

    const redirect = await request.get(shortAddress, { maxRedirects: 0 });
    expect(redirect.status()).toBe(302);
    const location = new URL(redirect.headers()['location']!);
    expect(location.origin).toBe('https://x.com');
    expect(new URL(location.searchParams.get('url')!).pathname).toBe(dakar.path);
    expect(location.searchParams.get('text')).toBe(dakar.title);
    expect(redirect.headers()['cache-control']).toBe('no-store');

    // Nothing for an article in review (its title must not leak), an unknown network, or a forged id.
    const [inReview] = queryDatabase<{ id: number }>("SELECT id FROM articles WHERE status = 'in_review' LIMIT 1");
    const refused = [`/ar/share/x/${inReview!.id}`, shortAddress.replace('/x/', '/evil.example/'), '/ar/share/x/0', '/ar/share/x/1e3', '/ar/share/x/99999999999', '/ar/share/x/12abc'];
    for (const path of refused) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()['location'], path).toBeUndefined();
    }
  });
});
