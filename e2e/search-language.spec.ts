import { expect, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { demoArticle } from './helpers/demo-content';
import { uniqueSuffix } from './helpers/users';

const calligraphy = demoArticle('arabic-calligraphy-exhibition-jeddah', 'ar');
const mediation = demoArticle('mediation-contact-group-doha', 'ar');
const newYork = demoArticle('un-general-assembly-mediation-side-event', 'ar');

test.describe('search as readers type (issue #17)', () => {
  test('جدة finds بجدة; وسيط finds ووسيطاً and the broken plural الوسطاء; highlighted as written', async ({ page }) => {
    await page.goto(`/ar/search?q=${encodeURIComponent('جدة')}`);
    await expect(page.getByRole('link', { name: calligraphy.title })).toBeVisible();
    await expect(page.locator('main mark').filter({ hasText: /^بجدة$/ }).first()).toBeVisible();

    await page.goto(`/ar/search?q=${encodeURIComponent('وسيط')}`);
    await expect(page.getByRole('link', { name: mediation.title })).toBeVisible();
    await expect(page.getByRole('link', { name: newYork.title })).toBeVisible();
    await expect(page.locator('main mark').filter({ hasText: /^(ووسيطاً|للوسطاء|الوسطاء)$/ }).first()).toBeVisible();
  });

  test('the starter glossary finds a name written in the other script', async ({ page }) => {
    await page.goto('/en/search?q=UNESCO');
    // Arabic releases write اليونسكو: they are found too, after the English ones.
    await expect(page.locator('main li[lang="ar"]').first()).toBeVisible();
    await expect(page.locator('main li[lang="ar"] mark').filter({ hasText: 'اليونسكو' }).first()).toBeVisible();
  });

  test('an admin adds a glossary set, searches use it at once, and deleting it is audited', async ({ page }) => {
    const name = `Zqx${uniqueSuffix()}`.toLowerCase();
    const search = `/ar/search?q=${encodeURIComponent(name)}`;
    await page.goto(search);
    await expect(page.getByRole('link', { name: calligraphy.title })).toHaveCount(0);

    await signInAs(page, demoUsers.admin);
    await page.goto('/en/admin/settings');
    await page.getByRole('link', { name: 'Edit the search glossary' }).click();
    await expect(page.getByRole('heading', { name: 'Search glossary', level: 1 })).toBeVisible();
    const names = page.getByRole('textbox', { name: 'Names, one per line' }).first();
    await names.fill('only one name');
    await page.getByRole('button', { name: 'Add set' }).click();
    await expect(page.getByText('Names, one per line: Give at least two different names, one per line.')).toBeVisible();
    await names.fill(`${name}\nمعرض الخط العربي`);
    await page.getByRole('button', { name: 'Add set' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The set was added.' })).toBeVisible();

    await page.goto(search);
    await expect(page.getByRole('link', { name: calligraphy.title })).toBeVisible();

    await page.goto('/en/admin/settings/glossary');
    const set = page.getByRole('listitem').filter({ hasText: name });
    await set.getByText(`Edit ${name}`, { exact: false }).click();
    await set.getByRole('button', { name: /^Delete the set/ }).click();
    // The set leaves the list (and its form with it).
    await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
    await page.goto(search);
    await expect(page.getByRole('link', { name: calligraphy.title })).toHaveCount(0);

    const audit = queryDatabase<{ action: string }>(`select action from audit_log where entity_type = 'glossary' and details like ? order by id`, `%${name}%`);
    expect(audit.map((row) => row.action)).toEqual(['glossary.create', 'glossary.delete']);
  });
});
