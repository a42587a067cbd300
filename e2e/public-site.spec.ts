import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import Parser from 'rss-parser';
import { demoArticle, embargoedKey } from './helpers/demo-content';

const rabat = { ar: demoArticle('council-of-foreign-ministers-rabat-opens', 'ar'), en: demoArticle('council-of-foreign-ministers-rabat-opens', 'en') };

/** The origin the sitemap was built with (SITE_URL at build time). */
function sitemapOrigin(sitemap: string) {
  return /<loc>(https?:\/\/[^/<]+)/.exec(sitemap)![1];
}

async function relatedLinks(page: Page, heading: string) {
  const section = page.getByRole('region', { name: heading });
  await expect(section).toBeVisible();
  const links = section.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(4);
  expect(count).toBeLessThanOrEqual(6);
  return links;
}

test.describe('article page', () => {
  test('Arabic: breadcrumb, dateline, both dates, end marker, related news that work', async ({ page }) => {
    await page.goto(rabat.ar.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(rabat.ar.title);
    await expect(page.getByRole('navigation', { name: 'مسار التنقل' }).getByRole('link', { name: 'القمم والمؤتمرات' })).toBeVisible();
    await expect(page.getByTestId('dateline')).toHaveText('الرباط (يونا) –');
    await expect(page.locator('article header time')).toHaveText(/^\d{1,2} \S+ \d{4}$/);
    await expect(page.getByTestId('hijri-date')).toHaveText(/^الموافق \d{1,2} .+ \d{4} هـ$/);
    await expect(page.getByTestId('end-marker')).toHaveText('(انتهى)');
    await expect(page.getByRole('link', { name: 'English' }).last()).toHaveAttribute('hreflang', 'en');

    const links = await relatedLinks(page, 'أخبار ذات صلة');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(hrefs).not.toContain(rabat.ar.path);
    expect(hrefs.every((href) => href?.startsWith('/ar/news/'))).toBe(true);
    const first = links.first();
    const title = (await first.textContent())!;
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('end-marker')).toHaveText('(انتهى)');
  });

  test('English: dateline and end marker of the language, no Hijri date, related news', async ({ page }) => {
    await page.goto(rabat.en.path);
    await expect(page.getByTestId('dateline')).toHaveText('Rabat (UNA) –');
    await expect(page.getByTestId('end-marker')).toHaveText('-ENDS-');
    await expect(page.getByTestId('hijri-date')).toHaveCount(0);
    const hrefs = await (await relatedLinks(page, 'Related news')).evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(hrefs).not.toContain(rabat.en.path);
    expect(hrefs.every((href) => href?.startsWith('/en/news/'))).toBe(true);
  });

  for (const { locale, label, side } of [
    { locale: 'ar', label: 'زر الذهاب إلى الأعلى', side: 'left' },
    { locale: 'en', label: 'Back to top', side: 'right' },
  ] as const) {
    test(`back to top (${locale}): hidden, then shown after a screen, returns to the top and focus`, async ({ page }) => {
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(rabat[locale].path);
      const button = page.getByRole('button', { name: label });
      await expect(button).toBeHidden();
      await page.mouse.wheel(0, 1500);
      await expect(button).toBeVisible();
      const box = (await button.boundingBox())!;
      if (side === 'left') expect(box.x).toBeLessThan(100);
      else expect(box.x + box.width).toBeGreaterThan(700);
      await button.click();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator('header#top')).toBeFocused();
      await expect(button).toBeHidden();

      // Keyboard: reach it with the keyboard and press Enter.
      await page.mouse.wheel(0, 1500);
      await expect(button).toBeVisible();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator('header#top')).toBeFocused();
    });
  }

  test('back to top with reduced motion: an instant jump (the smooth scroll is still under way without it), focus moved', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(rabat.en.path);
    const button = page.getByRole('button', { name: 'Back to top' });
    // Where the scroll stands in the same task as the click: 0 only for an instant jump.
    const scrollRightAfterClick = () =>
      page.evaluate(() => {
        document.querySelector<HTMLButtonElement>('button[aria-label="Back to top"]')!.click();
        return window.scrollY;
      });

    await page.mouse.wheel(0, 1500);
    await expect(button).toBeVisible();
    expect(await scrollRightAfterClick()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.mouse.wheel(0, 1500);
    await expect(button).toBeVisible();
    expect(await scrollRightAfterClick()).toBe(0);
    await expect(page.locator('header#top')).toBeFocused();
    await expect(button).toBeHidden();
  });

  test('reads fully without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await context.newPage();
    const fr = demoArticle('council-of-foreign-ministers-rabat-opens', 'fr');
    await page.goto(fr.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
    await expect(page.getByTestId('dateline')).toHaveText('Rabat (UNA) –');
    await expect(page.getByText(fr.paragraphs[0]!)).toBeVisible();
    await expect(page.getByTestId('end-marker')).toHaveText('-FIN-');
    await expect(page.getByRole('region', { name: 'À lire aussi' }).getByRole('link').first()).toBeVisible();
    await context.close();
  });

  test('prints the release and its address, without the site around it', async ({ page, baseURL }) => {
    await page.goto(rabat.en.path);
    // On screen: the site around the release, not its printed address.
    const siteAround = [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('navigation', { name: 'Breadcrumb' }),
      page.getByRole('region', { name: 'Share this news' }),
      page.getByRole('region', { name: 'Related news' }),
    ];
    for (const part of siteAround) await expect(part).toBeVisible();
    await expect(page.getByTestId('printed-address')).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(rabat.en.title);
    await expect(page.getByTestId('printed-address')).toHaveText(`${baseURL}${decodeURIComponent(rabat.en.path)}`);
    await expect(page.getByTestId('end-marker')).toHaveText('-ENDS-');
    for (const part of siteAround) await expect(part).toBeHidden();
    await expect(page.getByRole('navigation')).toHaveCount(0);
  });

  test('an article that is not published answers 404, not 500', async ({ page }) => {
    const inReview = demoArticle('warm-winter-campaign', 'ar');
    const response = await page.goto(inReview.path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
  });
});

test.describe('search', () => {
  test('"والمؤتمر" finds articles that write the word only in other forms, highlighted', async ({ page }) => {
    await page.goto('/ar');
    await page.getByRole('searchbox', { name: 'البحث' }).fill('والمؤتمر');
    await page.getByRole('button', { name: 'البحث' }).click();
    await expect(page).toHaveURL(/\/ar\/search\?q=/);
    const dakar = demoArticle('food-security-ministerial-conference-dakar', 'ar');
    await expect(page.getByRole('link', { name: dakar.title })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/\d+ (نتائج|نتيجة)/);
    const marks = await page.locator('main mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((mark) => mark === 'المؤتمر' || mark === 'مؤتمر')).toBe(true);
  });

  test('hostile input is searched as words, never as FTS syntax', async ({ page }) => {
    for (const query of ['"(NEAR* conference', 'AND OR NOT', ')))"', '*']) {
      const response = await page.goto(`/en/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test('an empty result says so', async ({ page }) => {
    await page.goto('/en/search?q=zzqxwv');
    await expect(page.getByRole('status')).toHaveText('No results');
    await expect(page.getByText('No news matches “zzqxwv”.', { exact: false })).toBeVisible();
  });
});

test.describe('feeds and discovery', () => {
  test('RSS feeds per language and per category parse with a real parser', async ({ request }) => {
    const parser = new Parser();
    for (const path of ['/ar/feed.xml', '/en/feed.xml', '/fr/feed.xml', '/en/category/summits-conferences/feed.xml']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toContain('application/rss+xml');
      const feed = await parser.parseString(await response.text());
      expect(feed.items.length, path).toBeGreaterThan(0);
      expect(feed.items.every((item) => item.link?.includes(`/${path.split('/')[1]}/news/`))).toBe(true);
    }
  });

  test('the sitemap index lists files of articles with hreflang alternates, robots.txt points to it', async ({ request }) => {
    const index = await (await request.get('/sitemap.xml')).text();
    expect(index).toContain('<sitemapindex');
    const files = [...index.matchAll(/<loc>https?:\/\/[^/<]+(\/sitemap\/[^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(files).toEqual(['/sitemap/home.xml', '/sitemap/news-0.xml']);
    expect((await request.get('/sitemap/news-9.xml')).status()).toBe(404);
    const sitemap = await (await request.get('/sitemap/news-0.xml')).text();
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    // Absolute URLs use SITE_URL as it was at build time; the path is what this test controls.
    expect(sitemap).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="en" href="https?://[^"]+${rabat.en.path}"`));
    expect(sitemap).toContain(`<loc>${sitemapOrigin(sitemap)}${rabat.ar.path}</loc>`);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });

  test('article pages carry canonical, hreflang with x-default, OpenGraph and NewsArticle JSON-LD', async ({ page }) => {
    await page.goto(rabat.en.path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${rabat.en.path}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${rabat.ar.path}$`));
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: rabat.en.title, inLanguage: 'en' });
    expect(jsonLd).toHaveProperty('datePublished');
    expect(jsonLd).toHaveProperty('dateModified');
    expect(jsonLd).toHaveProperty('publisher.name');
  });
});

test.describe('embargo', () => {
  test('the scheduled release is absent from every public surface until its time', async ({ page, request }) => {
    for (const locale of ['ar', 'en'] as const) {
      const embargoed = demoArticle(embargoedKey, locale);
      expect((await request.get(embargoed.path)).status()).toBe(404);
      for (const path of [`/${locale}`, `/${locale}/category/${locale === 'ar' ? encodeURIComponent('القمم-والمؤتمرات') : 'summits-conferences'}`, `/${locale}/feed.xml`, '/sitemap/news-0.xml']) {
        const body = await (await request.get(path)).text();
        expect(body, path).not.toContain(embargoed.title);
        expect(body, path).not.toContain(embargoed.path);
      }
      await page.goto(`/${locale}/search?q=${encodeURIComponent(embargoed.title)}`);
      await expect(page.getByRole('link', { name: embargoed.title })).toHaveCount(0);
    }
  });
});

test.describe('listing pages', () => {
  test('a category page lists its news and paginates; the home page links to more news', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Summits and Conferences' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summits and Conferences');
    await expect(page.getByRole('link', { name: rabat.en.title })).toBeVisible();
    await page.goto('/ar');
    await page.getByRole('link', { name: 'مزيد من الأخبار' }).click();
    await expect(page).toHaveURL(/\/ar\/latest\/2$/);
    await expect(page.getByRole('navigation', { name: 'ترقيم الصفحات' }).getByRole('link', { name: /الصفحة السابقة/ })).toBeVisible();
  });

  test('a tag page lists the news with that tag', async ({ page }) => {
    await page.goto(rabat.en.path);
    await page.getByRole('region', { name: 'Tags' }).getByRole('link', { name: 'Mediation' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: Mediation');
    await expect(page.getByRole('link', { name: rabat.en.title })).toBeVisible();
  });
});

test.describe('accessibility (axe)', () => {
  for (const locale of ['ar', 'en'] as const) {
    test(`home, article, category and search have no violations (${locale})`, async ({ page }) => {
      test.setTimeout(90_000);
      const category = locale === 'ar' ? encodeURIComponent('القمم-والمؤتمرات') : 'summits-conferences';
      for (const path of [`/${locale}`, rabat[locale].path, `/${locale}/category/${category}`, `/${locale}/search?q=${encodeURIComponent(locale === 'ar' ? 'مؤتمر' : 'conference')}`]) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${path}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
});
