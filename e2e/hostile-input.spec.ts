import { expect, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/auth';

const hugePage = '99999999999999999999999';

test.describe('hostile URLs answer 4xx, never 500', () => {
  test('a malformed percent-escape anywhere in a path: the localized 404 under a language, 400 elsewhere', async ({ request }) => {
    const expectations: [string, number][] = [
      ['/en/news/%E0', 404],
      ['/ar/news/%E0%A4%A', 404],
      ['/fr/category/%E0/feed.xml', 404],
      ['/en/embargo/%ZZ.%E0', 404],
      ['/ar/feed.xml%E0', 404],
      ['/%E0/news/x', 400],
      ['/%E0', 400],
      ['/api/%E0', 400],
      ['/api/health%E0', 400],
      ['/media/%E0/x', 400],
      ['/media/abc/%E0.webp', 400],
      ['/_next/static/%E0', 400],
      ['/icon.svg%E0', 400],
    ];
    for (const [path, status] of expectations) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      if (status === 404 && path.startsWith('/ar/')) expect(await response.text(), path).toContain('الصفحة غير موجودة');
    }
    // Well-formed escapes still reach their pages.
    expect((await request.get('/ar/search?q=%D9%82%D9%85%D8%A9')).status()).toBe(200);
    expect((await request.get('/api/health')).status()).toBe(200);
  });

  test('a page number past any database integer gives a list, never an error', async ({ page }) => {
    await signInAs(page, demoUsers.admin);
    for (const path of [`/en/admin/articles?page=${hugePage}`, `/en/admin/audit?page=${hugePage}`, `/en/admin/articles?page=-1`, `/ar/search?q=x&page=${hugePage}`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
    }
    for (const path of [`/ar/latest/${hugePage}`, `/ar/category/x/${hugePage}`]) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
  });
});
