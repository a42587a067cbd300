import { expect, type Page, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/auth';
import { demoArticle } from './helpers/demo-content';

/*
 * This setting changes every public page at once, so playwright.config.ts runs this file only after
 * all other specs (project "site-wide settings"): their date checks never see it switched on.
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
