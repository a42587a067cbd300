import { expect, type Locator, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/auth';
import { queryDatabase, storeLegacyData } from './helpers/database';
import { articleStatus, createDraft, openAs, typeInBody } from './helpers/newsroom';
import { createUserAsAdmin, uniqueSuffix } from './helpers/users';

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
      ['/favicon.svg%E0', 400],
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

/**
 * Left edges of the given words of `sentence`, a text inside `scope`, as the page lays them out.
 * In a left-to-right line the app's words must keep their order, whatever text precedes them.
 */
async function wordPositions(scope: Locator, sentence: string, words: string[]): Promise<number[]> {
  return scope.evaluate(
    (root, { sentence, words }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const start = text.indexOf(sentence);
        if (start < 0) continue;
        return words.map((word) => {
          const range = document.createRange();
          const offset = start + sentence.indexOf(word);
          range.setStart(node, offset);
          range.setEnd(node, offset + word.length);
          return range.getClientRects()[0]?.left ?? Number.NaN;
        });
      }
      return [];
    },
    { sentence, words },
  );
}

function expectIncreasing(positions: number[], what: string) {
  expect(positions.length, what).toBeGreaterThan(1);
  for (let i = 1; i < positions.length; i++) expect(positions[i], `${what}: word ${i} stays right of word ${i - 1}`).toBeGreaterThan(positions[i - 1]!);
}

test.describe('direction controls in names, titles and queries', () => {
  test('a new user’s name with an override is refused with the localized message, and nobody is created', async ({ page }) => {
    await signInAs(page, demoUsers.admin);
    const email = `e2e-bidi-${uniqueSuffix()}@example.org`;
    await page.goto('/en/admin/users/new');
    await page.getByLabel('Name').fill('Mallory\u202E');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Temporary password').fill(`temporary-${uniqueSuffix()}`);
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText('Name: Remove the invisible direction-control characters')).toBeVisible();
    expect(queryDatabase('SELECT id FROM users WHERE email = ?', email)).toEqual([]);
  });

  test('a name stored with an open override cannot reorder the app’s words in the inbox or the audit filter', async ({ browser }) => {
    // Four people sign in, one after the other.
    test.setTimeout(60_000);
    const legacy = await createUserAsAdmin(browser, 'writer');
    // An account named before names were checked, whose owner has since chosen a password.
    const legacyName = `${legacy.name}\u202E`;
    storeLegacyData('UPDATE users SET name = ?, must_change_password = 0 WHERE email = ?', legacyName, legacy.email);
    const writerContext = await browser.newContext({ locale: 'en' });
    const writer = { context: writerContext, page: await writerContext.newPage() };
    await signInAs(writer.page, legacy.email, legacy.password);
    const title = `Isolation ${uniqueSuffix()}`;
    await createDraft(writer.page, { language: 'English', title });
    await writer.page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(articleStatus(writer.page)).toHaveText('In review');

    const reviewer = await openAs(browser, demoUsers.reviewer);
    await reviewer.page.goto('/en/admin/inbox');
    const notice = reviewer.page.getByRole('listitem').filter({ hasText: title });
    await expect(notice).toContainText('submitted for review:');
    expectIncreasing(await wordPositions(notice, 'submitted for review:', ['submitted', 'for', 'review:']), 'inbox notice');

    const admin = await openAs(browser, demoUsers.admin);
    await admin.page.goto('/en/admin/audit');
    // An <option> holds no markup: the name itself carries FSI … PDI, which ends the override.
    const option = admin.page.getByLabel('Person').locator('option').filter({ hasText: legacy.email });
    await expect(option).toHaveText(`\u2068${legacyName}\u2069 (${legacy.email})`);
    for (const opened of [writer, reviewer, admin]) await opened.context.close();
  });

  test('a search query with an open override cannot reorder the words after it', async ({ page }) => {
    await page.goto(`/en/search?q=${encodeURIComponent('zqxv\u202E')}`);
    const empty = page.getByText('Try another word or a shorter form.');
    await expect(empty).toBeVisible();
    expectIncreasing(await wordPositions(empty, 'Try another word or a shorter form.', ['Try', 'another', 'shorter', 'form.']), 'empty search message');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “zqxv\u202E”');
  });

  test('creating an article refuses a title with an override, shows why, and creates nothing', async ({ page }) => {
    await signInAs(page, demoUsers.writer);
    const title = `Budget\u202E ${uniqueSuffix()}`;
    await page.goto('/en/admin/articles/new');
    await page.getByLabel('Language of the article').selectOption({ label: 'English' });
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Create draft' }).click();
    await expect(page.getByText('Remove the invisible direction-control characters')).toBeVisible();
    await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/en\/admin\/articles\/new$/);
    expect(queryDatabase('SELECT id FROM articles WHERE title = ?', title)).toEqual([]);
  });
});

test.describe('links and images from elsewhere', () => {
  test('the link field refuses disguised schemes with its message, and stores no link', async ({ page }) => {
    await signInAs(page, demoUsers.writer);
    const id = await createDraft(page, { language: 'English', title: `Links ${uniqueSuffix()}` });
    await typeInBody(page, 'Read the statement.');
    const body = page.getByRole('textbox', { name: 'Text', exact: true });
    const field = page.getByRole('group', { name: 'Link' }).getByRole('textbox', { name: 'Link address' });
    for (const hostile of ['java\tscript:alert(1)', '\u0001javascript:alert(1)', 'java&#x09;script:alert(1)']) {
      await body.click();
      await page.keyboard.press('Control+A');
      await page.getByRole('button', { name: 'Link', exact: true }).click();
      await field.fill(hostile);
      await field.press('Enter');
      await expect(page.getByText('A link must be a web address'), hostile).toBeVisible();
      await expect(field, hostile).toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('group', { name: 'Link' }).getByRole('button', { name: 'Cancel' }).click();
    }
    await expect(body.getByRole('link')).toHaveCount(0);
    const [stored] = queryDatabase<{ body: string }>('SELECT body FROM articles WHERE id = ?', id);
    expect(stored?.body).toContain('Read the statement.');
    expect(stored?.body).not.toContain('"link"');
  });

  test('an image pasted from another site is left out with a message, never fetched, and never stored', async ({ page }) => {
    const pixel = 'http://127.0.0.1:9/pixel.gif';
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith('http://127.0.0.1:9/')) fetched.push(request.url());
    });
    await signInAs(page, demoUsers.writer);
    const id = await createDraft(page, { language: 'English', title: `Pasted ${uniqueSuffix()}` });
    const body = page.getByRole('textbox', { name: 'Text', exact: true });
    await body.click();
    await body.evaluate((editor, src) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/html', `<p>Before the pixel.</p><img src="${src}" alt="pixel"><p>After the pixel.</p>`);
      clipboard.setData('text/plain', 'Before the pixel. After the pixel.');
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    }, pixel);
    await expect(page.getByText('Images from other sites were left out')).toBeVisible();
    await expect(body).toContainText('After the pixel.');
    await expect(body.locator('img')).toHaveCount(0);
    const storedBody = () => queryDatabase<{ body: string }>('SELECT body FROM articles WHERE id = ?', id)[0]?.body ?? '';
    await expect.poll(storedBody, { timeout: 15_000 }).toContain('After the pixel.');
    expect(storedBody()).not.toContain('127.0.0.1');

    // A body stored before such images were refused: no screen that shows it fetches the image.
    storeLegacyData(
      'UPDATE articles SET body = ? WHERE id = ?',
      JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Old text.' }] }, { type: 'image', attrs: { src: pixel, alt: '' } }] }),
      id,
    );
    await page.goto(`/en/admin/articles/${id}`);
    await expect(page.getByText('Images from other sites were left out')).toBeVisible();
    await expect(body).toContainText('Old text.');
    await page.goto(`/en/admin/articles/${id}/preview`);
    await expect(page.getByTestId('article-body')).toContainText('Old text.');
    await expect(page.getByTestId('article-body').locator('img')).toHaveCount(0);
    expect(fetched).toEqual([]);
  });
});
