/**
 * Language desks and the translator (issue 15, item 3): what a French-desk reviewer and a
 * translator into French see, and what the server refuses them over HTTP.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Request, test } from '@playwright/test';
import { queryDatabase } from './helpers/database';
import { demoArticle } from './helpers/demo-content';
import { openAs } from './helpers/newsroom';

test.describe.configure({ mode: 'parallel' });

const arabicInReview = demoArticle('warm-winter-campaign', 'ar');
const frenchInReview = demoArticle('refugee-children-education-fund', 'fr');
const arabicOnlyRelease = demoArticle('fao-cooperation-agreement', 'ar');

function articleId(groupId: string, locale: string): number {
  return queryDatabase<{ id: number }>('select id from articles where translation_group_id = ? and locale = ?', groupId, locale)[0]!.id;
}

test('a reviewer of the French desk reviews French releases, not Arabic ones: the screen says so and the server refuses', async ({ browser }) => {
  test.slow();
  const { context, page } = await openAs(browser, 'reviewer.fr@example.org', 'en');
  const arabicId = articleId(arabicInReview.groupId, 'ar');
  const frenchId = articleId(frenchInReview.groupId, 'fr');

  await test.step('the dashboard shows the French desk by default, all languages on request', async () => {
    await page.goto('/en/admin');
    await expect(page.getByTestId('desk-scope')).toContainText('Showing your languages: Français.');
    const awaiting = page.getByRole('region', { name: /Awaiting review/ });
    await expect(awaiting.getByRole('link', { name: frenchInReview.title })).toBeVisible();
    await expect(awaiting.getByRole('link', { name: arabicInReview.title })).toHaveCount(0);
    await page.getByRole('link', { name: 'Show all languages' }).click();
    await expect(page.getByTestId('desk-scope')).not.toContainText('Showing your languages');
    // Other specs fill the review queue: the Arabic release is looked for in the list of every language.
    await page.goto(`/en/admin/articles?status=in_review&language=all&q=${encodeURIComponent('الشتاء الدافئ')}`);
    await expect(page.getByRole('link', { name: arabicInReview.title })).toBeVisible();
  });

  let approve: { url: string; headers: Record<string, string>; body: string } | null = null;
  await test.step('on a French release in review the reviewer may approve (the request is held back here)', async () => {
    // The click's request is caught and dropped: it gives the server action's address, and the demo release stays in review.
    await page.route(`**/en/admin/articles/${frenchId}`, async (route) => {
      const request: Request = route.request();
      if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
      approve = { url: request.url(), headers: request.headers(), body: request.postData() ?? '' };
      return route.abort();
    });
    await page.goto(`/en/admin/articles/${frenchId}`);
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => approve).not.toBeNull();
    expect(JSON.parse(approve!.body)).toEqual([{ id: frenchId, action: 'approve' }]);
  });

  await test.step('on the Arabic release: no approve button, and a notice that says why', async () => {
    await page.goto(`/en/admin/articles/${arabicId}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Read:');
    await expect(page.getByTestId('read-only-notice')).toContainText('This release is in العربية, which is not one of your languages');
    await expect(page.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Approve and publish now' })).toHaveCount(0);
    await expect(page.getByTestId('save-state')).toHaveCount(0);
  });

  await test.step('the same approval sent over HTTP for the Arabic release is refused, and nothing changes', async () => {
    const { host: _host, 'content-length': _length, ...headers } = approve!.headers;
    const response = await page.request.post(`/en/admin/articles/${arabicId}`, { headers, data: JSON.stringify([{ id: arabicId, action: 'approve' }]) });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('"code":"forbidden"');
    expect(queryDatabase<{ status: string }>('select status from articles where id = ?', arabicId)).toEqual([{ status: 'in_review' }]);
    expect(queryDatabase('select 1 from audit_log where entity_type = ? and entity_id = ? and action = ?', 'article', String(arabicId), 'article.approve')).toHaveLength(0);
  });
  await context.close();
});

test('a translator translates an Arabic release into French only, and cannot start or approve a release', async ({ browser }) => {
  test.slow();
  const { context, page } = await openAs(browser, 'translator@example.org', 'en');
  const sourceId = articleId(arabicOnlyRelease.groupId, 'ar');

  await test.step('no new release: no button, and the form answers 404', async () => {
    await page.goto('/en/admin');
    await expect(page.getByTestId('current-user')).toContainText('Translator');
    await expect(page.getByRole('link', { name: 'New article' })).toHaveCount(0);
    expect((await page.request.get('/en/admin/articles/new')).status()).toBe(404);
  });

  await test.step('on the Arabic release: read only, and "Translate into" offers French, not English', async () => {
    await page.goto(`/en/admin/articles/${sourceId}`);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    const translate = page.getByText('Translate into').locator('..');
    await expect(translate.getByRole('button', { name: 'Français' })).toBeVisible();
    await expect(translate.getByRole('button', { name: 'English' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
    await translate.getByRole('button', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/en\/admin\/articles\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit:');
    await expect(page.getByLabel('Title', { exact: true })).toBeEditable();
    await expect(page.getByTestId('source-text')).toContainText(arabicOnlyRelease.title);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  const translation = queryDatabase<{ author: string; translated_from_id: number }>(
    'select u.email as author, a.translated_from_id from articles a join users u on u.id = a.author_id where a.translation_group_id = ? and a.locale = ?',
    arabicOnlyRelease.groupId,
    'fr',
  );
  expect(translation).toEqual([{ author: 'translator@example.org', translated_from_id: sourceId }]);
  await context.close();
});
