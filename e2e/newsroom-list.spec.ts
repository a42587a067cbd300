import { expect, test } from '@playwright/test';
import { demoUsers } from './helpers/auth';
import { createDraft, openAs } from './helpers/newsroom';

test('the article list shows a writer only their own articles and filters by status, language and title', async ({ browser }) => {
  const title = `List check ${Date.now()}`;
  const writer = await openAs(browser, demoUsers.writer);
  await createDraft(writer.page, { language: 'French', title });

  await writer.page.goto('/en/admin/articles');
  await expect(writer.page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await writer.page.getByLabel('Words in the title').fill(title);
  await writer.page.getByRole('button', { name: 'Apply' }).click();
  await expect(writer.page).toHaveURL(/q=List\+check/);
  await expect(writer.page.getByRole('status').filter({ hasText: /article/ })).toHaveText('1 article');
  const row = writer.page.getByRole('row').filter({ hasText: title });
  // The title is isolated in its own language's direction, whatever the UI's.
  await expect(row.getByRole('link', { name: title }).locator('bdi')).toHaveAttribute('dir', 'ltr');
  await expect(row.getByTestId('status')).toHaveText('Draft');
  // Every row a writer sees is theirs.
  await writer.page.goto('/en/admin/articles');
  const authors = await writer.page.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(authors.length).toBeGreaterThan(0);
  expect(new Set(authors)).toEqual(new Set(['Salma Idrissi']));
  await writer.context.close();

  const reviewer = await openAs(browser, demoUsers.reviewer, 'ar');
  await reviewer.page.goto('/ar/admin/articles?status=in_review&language=ar');
  await expect(reviewer.page.getByLabel('الحالة')).toHaveValue('in_review');
  const statuses = await reviewer.page.getByTestId('status').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(['قيد المراجعة']));
  await reviewer.context.close();
});
