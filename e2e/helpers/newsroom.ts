import { type Browser, type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import { dateToZonedWallTime } from '../../lib/dates';
import { defaultTimeZone } from '../../lib/env';
import { demoUsers, signInAs } from './auth';

/** The test server's organization zone (BAYAN_TIME_ZONE, else Asia/Riyadh): the specs leave it as it is. */
export const organizationTimeZone = defaultTimeZone;

/** A datetime-local value for `date` in the organization's zone, computed as the app computes it. */
export function organizationWallTime(date: Date): string {
  return dateToZonedWallTime(date, organizationTimeZone);
}

/** The status badge of the article's own header (its translations and list rows carry their own). */
export function articleStatus(page: Page): Locator {
  return page.getByTestId('article-status');
}

/** A signed-in page in its own browser context, so several people can work side by side. */
export async function openAs(browser: Browser, email: string, locale = 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await signInAs(page, email);
  return { context, page };
}

/** Creates a draft through the English UI and waits for the editor; returns its id. */
export async function createDraft(page: Page, { language, title }: { language: 'Arabic' | 'English' | 'French'; title: string }): Promise<number> {
  const names = { Arabic: 'العربية', English: 'English', French: 'Français' };
  await page.goto('/en/admin/articles/new');
  await page.getByLabel('Language of the article').selectOption({ label: names[language] });
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/articles\/\d+$/);
  return Number(/articles\/(\d+)$/.exec(page.url())![1]);
}

/** Types into the article body (after what is there) and waits for the autosave. */
export async function typeInBody(page: Page, text: string, { newParagraph = false, ui = 'en' }: { newParagraph?: boolean; ui?: 'en' | 'ar' } = {}) {
  // A background page's timers are throttled, and the autosave runs on a timer.
  await page.bringToFront();
  const body = page.getByRole('textbox', { name: ui === 'ar' ? 'النص' : 'Text', exact: true });
  await body.click();
  await page.keyboard.press('Control+End');
  if (newParagraph) await page.keyboard.press('Enter');
  await page.keyboard.insertText(text);
  await expect(page.getByTestId('save-state')).toHaveText(ui === 'ar' ? 'حُفظت كل التغييرات' : 'All changes saved', { timeout: 15_000 });
}

/** The writer submits; a reviewer (in a context of their own, returned) approves. */
export async function submitAndApprove(browser: Browser, writer: Page, id: number) {
  await writer.getByRole('button', { name: 'Submit for review' }).click();
  await expect(articleStatus(writer)).toHaveText('In review');
  const reviewer = await openAs(browser, demoUsers.reviewer, 'en');
  await reviewer.page.goto(`/en/admin/articles/${id}`);
  await reviewer.page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(articleStatus(reviewer.page)).toHaveText('Approved');
  return reviewer;
}

/** A form's fields as FormData, for calling a form's server action over HTTP (helpers/server-actions.ts). */
export function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
