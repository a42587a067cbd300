import { expect, test } from '@playwright/test';

test.describe('languages and directions', () => {
  for (const { browserLocale, who, language } of [
    { browserLocale: 'ar-SA', who: 'an Arabic', language: 'ar' },
    { browserLocale: 'en-US', who: 'an English', language: 'en' },
  ]) {
    test(`/ redirects ${who} browser to /${language}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${language}$`));
      await context.close();
    });
  }

  test('/ redirects a request with no language preference to /ar', async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: {} });
    const response = await request.get('/', { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
    expect(response.headers()['location']).toMatch(/\/ar$/);
    await request.dispose();
  });

  test('Arabic pages are right-to-left, English and French left-to-right', async ({ page }) => {
    await page.goto('/ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('the skip link leads to the main content', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
});

test.describe('articles', () => {
  test('a seeded article shows its title and dateline', async ({ page }) => {
    await page.goto('/ar');
    const first = page.locator('main h2 a').first();
    const title = (await first.textContent())?.trim() ?? '';
    expect(title.length).toBeGreaterThan(0);
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('dateline')).toHaveText(/^\S.*\(.+\) –$/);
    await expect(page.getByTestId('end-marker')).toHaveText('(انتهى)');
  });

  test('the language switcher on an article lands on its translation', async ({ page }) => {
    await page.goto('/en');
    const hrefs = await page.locator('main h2 a').evaluateAll((links) => links.slice(0, 8).map((a) => a.getAttribute('href')));
    let switched = false;
    for (const href of hrefs) {
      await page.goto(href!);
      const arabic = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' });
      const target = await arabic.getAttribute('href');
      if (!target?.startsWith('/ar/news/')) continue;
      await arabic.click();
      await expect(page).toHaveURL(/\/ar\/news\//);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('article')).toHaveAttribute('lang', 'ar');
      // And back: the English link of the Arabic version is the page we came from.
      await expect(page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'English' })).toHaveAttribute('href', href!);
      switched = true;
      break;
    }
    expect(switched, 'one of the latest English releases has an Arabic translation').toBe(true);
  });

  test('an unknown article answers the localized 404', async ({ page }) => {
    const response = await page.goto('/fr/news/cet-article-nexiste-pas');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  });
});

test('/api/health answers ok after checking the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});
