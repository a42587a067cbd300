import { expect, type Page, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/auth';
import { demoArticle } from './helpers/demo-content';

/*
 * These settings change every page at once, so playwright.config.ts runs this file only after all
 * other specs (project "site-wide settings"): their date and time checks never see them changed.
 */
const rabat = demoArticle('council-of-foreign-ministers-rabat-opens', 'ar');

async function setNativeDigits(page: Page, on: boolean) {
  await page.goto('/en/admin/settings');
  const checkbox = page.getByRole('checkbox', { name: /Arabic-Indic digits/ });
  await checkbox.setChecked(on);
  await page.getByRole('region', { name: 'Dates on the public site' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The public site shows dates with the chosen digits.' })).toBeVisible();
  await page.reload();
  await expect(checkbox).toBeChecked({ checked: on });
}

test('Arabic-Indic digits on public pages, switched on and back off by an admin', async ({ page }) => {
  await signInAs(page, demoUsers.admin);
  await page.goto(rabat.path);
  await expect(page.locator('article header time')).toHaveText(/^\d{1,2} \S+ \d{4}$/);

  await setNativeDigits(page, true);
  try {
    // The public page was cached with Western digits: saving the setting expired it.
    await page.goto(rabat.path);
    await expect(page.locator('article header time')).toHaveText(/^[٠-٩]{1,2} \S+ [٠-٩]{4}$/);
  } finally {
    await setNativeDigits(page, false);
  }
  await page.goto(rabat.path);
  await expect(page.locator('article header time')).toHaveText(/^\d{1,2} \S+ \d{4}$/);
});

async function setTimeZone(page: Page, zone: string) {
  await page.goto('/en/admin/settings');
  const select = page.getByRole('combobox', { name: 'Time zone', exact: true });
  await select.selectOption(zone);
  await page.getByRole('region', { name: 'Organization time zone' }).getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Times are now entered and shown in the chosen zone.' })).toBeVisible();
  await page.reload();
  await expect(select).toHaveValue(zone);
}

test('the organization time zone, chosen by an admin, is the one times are shown and typed in', async ({ page }) => {
  await signInAs(page, demoUsers.admin);
  const scheduled = page.getByRole('region', { name: /Scheduled/ });
  await page.goto('/en/admin');
  await expect(scheduled.getByRole('columnheader', { name: 'Publish time (Asia/Riyadh)' })).toBeVisible();
  const riyadhTime = await scheduled.locator('tbody time').first().textContent();

  await setTimeZone(page, 'Asia/Jakarta');
  try {
    await page.goto('/en/admin');
    await expect(scheduled.getByRole('columnheader', { name: 'Publish time (Asia/Jakarta)' })).toBeVisible();
    // The same moment, written four hours later on the clock.
    await expect(scheduled.locator('tbody time').first()).not.toHaveText(riyadhTime!);
    await scheduled.getByRole('link').first().click();
    await expect(page.getByTestId('publish-time')).toContainText('Asia/Jakarta');
  } finally {
    await setTimeZone(page, 'Asia/Riyadh');
  }
  await page.goto('/en/admin');
  await expect(scheduled.locator('tbody time').first()).toHaveText(riyadhTime!);
});
