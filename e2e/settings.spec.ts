import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/auth';
import { createDraft, openAs } from './helpers/newsroom';
import { uniqueSuffix } from './helpers/users';

const frenchCity = (page: Page) => page.getByLabel('Dateline city (Français)');
const frenchSource = (page: Page) => page.getByLabel('Source / agency (Français)');

async function saveFrenchDefaults(page: Page, { datelineCity, source }: { datelineCity: string; source: string }) {
  await page.goto('/en/admin/settings');
  await frenchCity(page).fill(datelineCity);
  await frenchSource(page).fill(source);
  await page.getByRole('button', { name: 'Save defaults' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The defaults are saved.' })).toBeVisible();
}

test.describe('organization settings', () => {
  test('the French default dateline and source set by an admin reach a writer’s new French article', async ({ browser }) => {
    const admin = await openAs(browser, demoUsers.admin);
    await admin.page.goto('/en/admin/settings');
    await expect(admin.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    // The fields are written in their own language and direction, whatever the interface's.
    await expect(admin.page.getByLabel('Dateline city (العربية)')).toHaveAttribute('dir', 'rtl');
    await expect(frenchCity(admin.page)).toHaveAttribute('lang', 'fr');
    await expect(frenchCity(admin.page)).toHaveAttribute('dir', 'ltr');
    const previous = { datelineCity: await frenchCity(admin.page).inputValue(), source: await frenchSource(admin.page).inputValue() };

    const suffix = uniqueSuffix();
    const chosen = { datelineCity: `Dakar ${suffix}`, source: `APS ${suffix}` };
    await saveFrenchDefaults(admin.page, chosen);
    // Bad input is refused with a clear message and the typed values stay.
    await frenchSource(admin.page).fill('');
    await admin.page.getByRole('button', { name: 'Save defaults' }).click();
    await expect(admin.page.getByText('Source / agency (Français): This field is required.')).toBeVisible();
    await expect(frenchCity(admin.page)).toHaveValue(chosen.datelineCity);
    await admin.page.reload();
    await expect(frenchSource(admin.page)).toHaveValue(chosen.source);

    const writer = await openAs(browser, demoUsers.writer);
    await createDraft(writer.page, { language: 'French', title: `Communiqué ${suffix}` });
    await expect(writer.page.getByLabel('Dateline city', { exact: true })).toHaveValue(chosen.datelineCity);
    await expect(writer.page.getByLabel('Source / agency', { exact: true })).toHaveValue(chosen.source);

    await saveFrenchDefaults(admin.page, previous);
    await admin.context.close();
    await writer.context.close();
  });

  test('a reviewer gets the 403 page and no link to the settings', async ({ page }) => {
    await signInAs(page, demoUsers.reviewer);
    const response = await page.goto('/en/admin/settings');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access denied');
    await expect(page.getByRole('navigation', { name: 'Newsroom navigation' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  });

  test('the settings page passes axe, right to left and left to right', async ({ page }) => {
    // Two full axe runs over a page listing every time zone: seconds each on a busy 2-core machine.
    test.slow();
    await signInAs(page, demoUsers.admin);
    await page.goto('/ar/admin');
    await page.getByRole('navigation', { name: 'تنقّل غرفة الأخبار' }).getByRole('link', { name: 'الإعدادات' }).click();
    await expect(page.getByRole('heading', { name: 'الإعدادات', level: 1 })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'المنطقة الزمنية', exact: true })).toHaveValue('Asia/Riyadh');
    await expect(page.getByRole('link', { name: 'صفحة الوسائط' })).toHaveAttribute('href', '/ar/admin/media');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.goto('/en/admin/settings');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});
