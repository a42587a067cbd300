import { expect, type Locator, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { formOf, typeInBody } from './helpers/newsroom';
import { buildActions, callAction } from './helpers/server-actions';
import { uniqueSuffix } from './helpers/users';

/** Pastes plain text at the end of the body, as a writer pasting from another program does. */
async function pasteInBody(body: Locator, text: string) {
  await body.click();
  await body.press('Control+End');
  await body.evaluate((editor, pasted) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', pasted);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, text);
}

test('limits are refused with a message in the user’s language, and the editor keeps what was typed', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, demoUsers.writer);
  const title = `Limits ${uniqueSuffix()}`;
  const create = buildActions().find((action) => action.exportedName === 'createArticleAction')!;
  const created = await callAction(page.request, test.info().project.use.baseURL!, create, [null, formOf({ locale: 'en', title })]);
  const id = Number(/\/admin\/articles\/(\d+)/.exec(created.redirect ?? '')?.[1]);
  await page.goto(`/en/admin/articles/${id}`);
  await typeInBody(page, 'The first paragraph, saved.');
  const stored = () => queryDatabase<{ title: string; body: string; version: number }>('SELECT title, body, version FROM articles WHERE id = ?', id)[0]!;
  const before = stored();
  const body = page.getByRole('textbox', { name: 'Text', exact: true });
  const titleField = page.getByRole('textbox', { name: 'Title', exact: true });

  await test.step('a title of 301 characters', async () => {
    const tooLong = `${title} ${'x'.repeat(300 - title.length)}`;
    await titleField.fill(tooLong);
    await expect(page.getByText('A title may have at most 300 characters.')).toBeVisible({ timeout: 15_000 });
    await expect(titleField).toHaveValue(tooLong);
    expect(stored()).toEqual(before);
    await titleField.fill(title);
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });
  });

  /**
   * Pastes `paragraphs` lines of 1,000 characters (lines keep the page's layout cheap), saves, and
   * expects the refusal: the text (over `kept` characters) still in the editor, nothing stored.
   */
  const refusedSave = async (paragraphs: number, kept: number, refusal: string, timeout: number) => {
    const saved = stored();
    await pasteInBody(body, Array.from({ length: paragraphs }, () => 'word '.repeat(200)).join('\n'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText(refusal)).toBeVisible({ timeout });
    expect(await body.evaluate((editor) => editor.textContent?.length ?? 0)).toBeGreaterThan(kept);
    expect(stored()).toEqual(saved);
  };

  // The limit counts text only: 201 paragraphs of 1,000 characters.
  await test.step('a body of more than 200,000 characters', () => refusedSave(201, 200_000, 'The text may have at most 200,000 characters. Nothing was saved; your text is still here.', 15_000));

  await test.step('a save past the 2 MB request limit', () =>
    refusedSave(2_200, 2_200_000, 'The server did not accept this save (the text may be too large, or the connection was lost). Nothing was saved; your text is still here.', 20_000),
  );

  await test.step('a reload after the refusal: the browser’s copy of the text comes back', async () => {
    await page.reload();
    await expect(page.getByText('Unsaved text from this browser was restored. It will be saved shortly.')).toBeVisible({ timeout: 20_000 });
    expect(await body.evaluate((editor) => editor.textContent?.length ?? 0)).toBeGreaterThan(2_200_000);
  });

  await test.step('the same refusal in Arabic', async () => {
    const arabic = await callAction(page.request, test.info().project.use.baseURL!, create, [null, formOf({ locale: 'ar', title: 'حدود' })]);
    await page.goto(`/ar${/\/admin\/articles\/\d+/.exec(arabic.redirect ?? '')![0]}`);
    const arabicTitle = page.getByRole('textbox', { name: 'العنوان', exact: true });
    await arabicTitle.fill('ع'.repeat(301));
    await page.getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect(page.getByText(/لا يتجاوز العنوان (300|٣٠٠) حرف\./)).toBeVisible({ timeout: 15_000 });
    await expect(arabicTitle).toHaveValue('ع'.repeat(301));
  });

  await test.step('a comment of 5,001 characters', async () => {
    await page.goto(`/en/admin/articles/${id}`);
    const comment = page.getByLabel('New comment');
    await comment.fill('c'.repeat(5001));
    await page.getByRole('button', { name: 'Add comment' }).click();
    await expect(page.getByText('A comment may have at most 5,000 characters.')).toBeVisible();
    await expect(comment).toHaveValue('c'.repeat(5001));
    expect(queryDatabase('SELECT id FROM review_comments WHERE article_id = ?', id)).toEqual([]);
  });
});
