import { expect, type Page, test } from '@playwright/test';
import { totpCodeAt } from '../lib/two-factor';
import { demoUsers, signInAs } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { createUserAsAdmin, uniqueSuffix } from './helpers/users';
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

test('required two-factor sign-in: an admin without it is sent to set it up before any page, then carries on', async ({ browser }) => {
  test.slow();
  const admin = await createUserAsAdmin(browser, 'admin');
  const password = `own-password-${uniqueSuffix()}`;
  const context = await browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await signInAs(page, admin.email, admin.password);
  await page.goto('/en/admin/account');
  await page.getByLabel('Current password').fill(admin.password);
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Newsroom|My password)$/ })).toBeVisible();

  const setRequired = async (on: boolean) => {
    await page.goto('/en/admin/settings');
    await page.getByRole('checkbox', { name: 'Require two-factor sign-in for reviewers and admins' }).setChecked(on);
    await page.getByRole('region', { name: 'Sign-in security' }).getByRole('button', { name: 'Save' }).click();
  };
  const mustEnrol = page.getByRole('heading', { name: 'Your organization requires two-factor sign-in for your role. Set it up to continue.' });
  await setRequired(true);
  try {
    // This admin has none: the settings page itself gives way to the setup, as every other page does.
    await expect(mustEnrol).toBeVisible();
    await page.goto('/en/admin/users');
    await expect(mustEnrol).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    await page.getByLabel('Code from the app').fill(totpCodeAt(secret, new Date()));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
    await page.getByRole('link', { name: 'I have kept them: continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Newsroom' })).toBeVisible();
  } finally {
    await setRequired(false);
    await expect(page.getByRole('status').filter({ hasText: 'Saved. Reviewers and admins without two-factor sign-in' })).toBeVisible();
  }
  const audited = queryDatabase<{ details: string }>(
    "select a.details from audit_log a join users u on u.id = a.actor_id where a.action = 'settings.update' and a.entity_id = 'security.requireTwoFactor' and u.email = ? order by a.id",
    admin.email,
  );
  expect(audited.map((entry) => JSON.parse(entry.details).value)).toEqual([true, false]);
  await context.close();
});
