import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type APIRequestContext, type Browser, expect, test } from '@playwright/test';
import { demoUsers } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { startFrontCache } from './helpers/front-cache';
import { articleStatus, createDraft, openAs, typeInBody } from './helpers/newsroom';
import { toolEnv } from '../lib/env';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const arabicSlug = 'مهرجان-الفخار-يفتتح-في-الفسطاط';
const arabicPath = `/ar/news/${encodeURIComponent(arabicSlug)}`;
// WordPress writes Arabic permalinks with lower-case escapes; browsers send upper-case ones.
const oldPermalink = `/2019/04/${encodeURIComponent(arabicSlug).toLowerCase()}/`;

/** Asks without following redirects, as a crawler holding an old link would. */
async function answerTo(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), location: response.headers().location ?? '' };
}

test.describe('WordPress import and moved addresses', () => {
  // Two people take a release through review twice, on a shared two-core machine.
  test.describe.configure({ timeout: 180_000 });

  test('an imported archive is read in its languages and its old addresses answer 301', async ({ page, request }) => {
    await test.step('the fixture export is imported into the running site', async () => {
      // The production command, against the server's own database (its content is in a section of
      // its own, dated 2019, so other specs' lists and searches do not meet it).
      const { stdout } = await promisify(execFile)(
        'npx',
        ['tsx', '--conditions=react-server', 'scripts/import-wordpress.ts', 'scripts/wordpress/fixtures/agency-export.xml', '--media-dir', 'scripts/wordpress/fixtures/uploads'],
        { env: { ...process.env, DATABASE_URL: toolEnv().DATABASE_URL } },
      );
      expect(stdout).toMatch(/Posts: 10 read, (7 imported|0 imported, 0 updated, 10 skipped)/);
      expect(queryDatabase<{ n: number }>("select count(*) n from wordpress_posts")[0]?.n).toBe(7);
    });

    await test.step('the Arabic article reads right to left, with its image, list and quotation', async () => {
      await page.goto(arabicPath);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('مهرجان الفخار يفتتح في الفسطاط');
      await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('img', { name: 'جرار الفخار في المعرض' }).first()).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'ورش للأطفال' })).toBeVisible();
      await expect(page.locator('article blockquote')).toHaveText('الفخار ذاكرة المدينة.');
      await expect(page.getByText('contact-form-7')).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'مسار التنقل' }).getByRole('link', { name: 'أرشيف الوكالة' })).toBeVisible();
    });

    await test.step('its translation, linked by Polylang, opens from the article', async () => {
      await page.getByRole('region', { name: 'اقرأ بلغة أخرى' }).getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/en\/news\/pottery-festival-opens-in-fustat$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pottery Festival opens in Fustat');
      await expect(page.locator('article')).toHaveAttribute('dir', 'ltr');
      // Image texts are the library's English ones, frozen for readers as an approval does.
      await expect(page.getByRole('img', { name: 'Jars at the Pottery Festival' })).toBeVisible();
      // The image from another site stays there, as a link, never loaded by the page.
      await expect(page.getByRole('link', { name: 'kiln-night.jpg' })).toHaveAttribute('href', 'https://cdn.elsewhere.example/photos/kiln-night.jpg');
    });

    await test.step('old WordPress addresses answer 301 to the new ones, in one hop', async () => {
      for (const old of [oldPermalink, oldPermalink.slice(0, -1), decodeURIComponent(oldPermalink), '/?p=101', '/en/?p=101&lang=en']) {
        const answer = await answerTo(request, old);
        expect(answer, old).toEqual({ status: 301, location: expect.stringMatching(new RegExp(`${arabicPath}$`)) });
      }
      expect(await answerTo(request, '/en/2019/04/pottery-festival-opens-in-fustat/')).toEqual({ status: 301, location: expect.stringMatching(/\/en\/news\/pottery-festival-opens-in-fustat$/) });
      // A trailing slash on a current address is only dropped (what Next does when not told otherwise).
      expect(await answerTo(request, `${arabicPath}/`)).toEqual({ status: 308, location: expect.stringMatching(new RegExp(`${arabicPath}$`)) });
      // Scheduled for 2031: its old address says nothing of where it will be.
      expect((await answerTo(request, '/?p=104')).status).not.toBe(301);
      const followed = await request.get('/?p=102');
      expect(followed.url()).toMatch(/\/en\/news\/pottery-festival-opens-in-fustat$/);
      expect(followed.status()).toBe(200);
    });
  });

  test('a published release renamed twice keeps both old addresses answering 301 to the newest, behind the front cache too', async ({ browser, request, baseURL }) => {
    // The shipped nginx site in front, on a port of its own (the front-cache spec has another).
    const front = startFrontCache({ origin: baseURL!, port: toolEnv().E2E_IMPORT_FRONT_PORT });
    try {
      await renamedTwice({ browser, request, front: front.url });
    } finally {
      front.stop();
    }
  });
});

async function renamedTwice({ browser, request, front }: { browser: Browser; request: APIRequestContext; front: string }) {
    const writer = await openAs(browser, demoUsers.writer);
    const reviewer = await openAs(browser, demoUsers.reviewer);
    const stamp = unique();
    const id = await createDraft(writer.page, { language: 'English', title: `Kiln restoration ${stamp}` });
    await typeInBody(writer.page, 'The old kiln of the potters’ quarter reopens.');
    const slugs = [`kiln-restoration-${stamp}`];

    const publish = async () => {
      await writer.page.getByRole('button', { name: 'Submit for review' }).click();
      await expect(articleStatus(writer.page)).toHaveText('In review');
      await reviewer.page.bringToFront();
      await reviewer.page.goto(`/en/admin/articles/${id}`);
      await reviewer.page.getByRole('button', { name: 'Approve', exact: true }).click();
      // Approving a release that keeps its earlier publish time publishes it at once.
      const status = articleStatus(reviewer.page);
      await expect(status).toHaveText(/^(Approved|Published)$/);
      if ((await status.textContent()) === 'Approved') await reviewer.page.getByRole('button', { name: 'Publish', exact: true }).click();
      await expect(status).toHaveText(/^Published$/);
    };
    const takeBack = async () => {
      await reviewer.page.getByRole('button', { name: 'Unpublish' }).click();
      await expect(articleStatus(reviewer.page)).toHaveText(/^Unpublished$/);
      await reviewer.page.getByRole('complementary').getByRole('button', { name: 'Back to draft' }).click();
      await expect(articleStatus(reviewer.page)).toHaveText('Draft');
      await writer.page.bringToFront();
      await writer.page.goto(`/en/admin/articles/${id}`);
    };
    const rename = async (slug: string) => {
      await writer.page.getByLabel('Slug (web address)').fill(slug);
      await writer.page.getByLabel('Slug (web address)').blur();
      await expect(writer.page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });
      slugs.push(slug);
    };

    await publish();
    expect((await answerTo(request, `/en/news/${slugs[0]}`)).status).toBe(200);
    // Read through the front, which now holds the page under its first address.
    expect((await answerTo(request, `${front}/en/news/${slugs[0]}`)).status).toBe(200);
    // Taken back for a correction and renamed twice: every address it had since it was out keeps answering.
    await takeBack();
    await rename(`kiln-reopens-${stamp}`);
    await rename(`potters-kiln-reopens-${stamp}`);
    // While it is not public, the old address says nothing of the new one.
    expect((await answerTo(request, `/en/news/${slugs[0]}`)).status).toBe(404);
    await publish();

    const newest = `/en/news/${slugs[2]}`;
    for (const old of [slugs[0], slugs[1]]) {
      expect(await answerTo(request, `/en/news/${old}`), old).toEqual({ status: 301, location: expect.stringMatching(new RegExp(`${newest}$`)) });
    }
    expect((await answerTo(request, newest)).status).toBe(200);
    // The front's copy of the first address gives way to the 301 within its lifetime, and stays so.
    await expect
      .poll(async () => (await answerTo(request, `${front}/en/news/${slugs[0]}`)).status, { timeout: 5_000, intervals: [250] })
      .toBe(301);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await answerTo(request, `${front}/en/news/${slugs[0]}`)).toEqual({ status: 301, location: expect.stringMatching(new RegExp(`${newest}$`)) });
    await writer.context.close();
    await reviewer.context.close();
}
