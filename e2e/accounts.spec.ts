import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { demoPassword, demoUsers, signInAs } from './helpers/auth';
import { createUserAsAdmin, uniqueSuffix } from './helpers/users';

const labels = {
  ar: { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'دخول', invalid: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.' },
  en: { email: 'E-mail address', password: 'Password', submit: 'Sign in', invalid: 'The e-mail address or password is incorrect.' },
} as const;

// Independent tests: let both workers share them.
test.describe.configure({ mode: 'parallel' });

const lockedMessage = 'Too many failed sign-in attempts. For your security, signing in is paused for 15 minutes.';

/**
 * A browser context whose sign-ins come from an address of its own (as a reverse proxy would
 * report it), so failed attempts in these tests never lock the address other specs share.
 */
async function contextFrom(browser: Browser, locale: 'ar' | 'en') {
  const address = `2001:db8::${uniqueSuffix()}`.slice(0, 39);
  return browser.newContext({ locale, extraHTTPHeaders: { 'x-forwarded-for': address } });
}

async function signInWithForm(page: Page, locale: 'ar' | 'en', email: string, password: string) {
  await page.getByLabel(labels[locale].email).fill(email);
  await page.getByLabel(labels[locale].password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels[locale].submit, exact: true }).click();
}

const demo = [
  { role: 'admin', email: demoUsers.admin, name: 'Amina Haddad', roleName: { ar: 'مسؤول', en: 'Administrator' }, adminLinks: true },
  { role: 'reviewer', email: demoUsers.reviewer, name: 'Youssef Benali', roleName: { ar: 'مراجع', en: 'Reviewer' }, adminLinks: false },
  { role: 'writer', email: demoUsers.writer, name: 'Salma Idrissi', roleName: { ar: 'محرّر', en: 'Writer' }, adminLinks: false },
] as const;

test.describe('sign-in form', () => {
  for (const user of demo) {
    for (const locale of ['ar', 'en'] as const) {
      test(`${user.role} signs in in ${locale} and sees only the sections the role may use`, async ({ browser }) => {
        const context = await browser.newContext({ locale });
        const page = await context.newPage();
        await page.goto(`/${locale}/login`);
        await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
        await signInWithForm(page, locale, user.email, demoPassword);
        await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
        await expect(page.getByTestId('current-user')).toContainText(user.name);
        await expect(page.getByTestId('current-user')).toContainText(user.roleName[locale]);
        const nav = page.getByRole('navigation', { name: locale === 'ar' ? 'تنقّل غرفة الأخبار' : 'Newsroom navigation' });
        await expect(nav.getByRole('link', { name: locale === 'ar' ? 'لوحة التحكم' : 'Dashboard' })).toBeVisible();
        await expect(nav.getByRole('link', { name: locale === 'ar' ? 'المستخدمون' : 'Users' })).toHaveCount(user.adminLinks ? 1 : 0);
        await expect(nav.getByRole('link', { name: locale === 'ar' ? 'سجل التدقيق' : 'Audit log' })).toHaveCount(user.adminLinks ? 1 : 0);
        await context.close();
      });
    }
  }

  test('a wrong password and an unknown e-mail get the same generic error, and the e-mail stays typed', async ({ browser }) => {
    const context = await contextFrom(browser, 'en');
    const page = await context.newPage();
    await page.goto('/en/login');
    await signInWithForm(page, 'en', demoUsers.writer, 'not-the-password');
    await expect(page.getByText(labels.en.invalid)).toBeVisible();
    await expect(page.getByLabel(labels.en.email)).toHaveValue(demoUsers.writer);
    await expect(page).toHaveURL(/\/en\/login/);

    await page.goto('/ar/login');
    await signInWithForm(page, 'ar', 'nobody-here@example.org', 'not-the-password');
    await expect(page.getByText(labels.ar.invalid)).toBeVisible();
    await context.close();
  });

  test('five failures lock the account, even against the right password and from another address', async ({ browser }) => {
    // Several actors and sign-ins in one story: allow it the time of a loaded machine.
    test.slow();
    const user = await createUserAsAdmin(browser, 'writer');
    const context = await contextFrom(browser, 'en');
    const page = await context.newPage();
    // The failures go straight to Auth.js's endpoint, which is guarded like the form (and faster to drive).
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
      const response = await page.request.post('/api/auth/callback/credentials', {
        form: { email: user.email, password: `wrong-password-${attempt}`, csrfToken, callbackUrl: '/en/admin' },
        maxRedirects: 0,
      });
      expect(response.headers()['location'], `attempt ${attempt} is refused`).toContain('error=CredentialsSignin');
    }
    await page.goto('/en/login');
    await signInWithForm(page, 'en', user.email, user.password);
    await expect(page.getByText(lockedMessage)).toBeVisible();
    await context.close();

    const elsewhere = await contextFrom(browser, 'en');
    const other = await elsewhere.newPage();
    await other.goto('/en/login');
    await signInWithForm(other, 'en', user.email, user.password);
    await expect(other.getByText(lockedMessage)).toBeVisible();
    await elsewhere.close();
  });

  test('callbackUrl to another site is ignored; a local one is followed', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en' });
    const page = await context.newPage();
    await page.goto('/en/login?callbackUrl=https://evil.example');
    await signInWithForm(page, 'en', demoUsers.reviewer, demoPassword);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/en\/admin$/);
    await context.close();

    const again = await browser.newContext({ locale: 'en' });
    const second = await again.newPage();
    await second.goto('/en/admin/audit?action=auth.signIn');
    await expect(second).toHaveURL(/\/en\/login\?callbackUrl=/);
    await signInWithForm(second, 'en', demoUsers.admin, demoPassword);
    await expect(second).toHaveURL(/\/en\/admin\/audit\?action=auth\.signIn$/);
    await expect(second.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
    await again.close();
  });

  test('signing out ends the session', async ({ page }) => {
    await signInAs(page, demoUsers.reviewer);
    await page.goto('/en/admin');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/en\/login$/);
    await page.goto('/en/admin');
    await expect(page).toHaveURL(/\/en\/login\?callbackUrl=%2Fen%2Fadmin$/);
  });

  test('the sign-in page passes axe in Arabic', async ({ page }) => {
    await page.goto('/ar/login');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('دخول الموظفين');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test.describe('protected admin area', () => {
  test('a signed-out visitor is sent to the sign-in page with the way back', async ({ page }) => {
    await page.goto('/ar/admin/users');
    await expect(page).toHaveURL(/\/ar\/login\?callbackUrl=%2Far%2Fadmin%2Fusers$/);
  });

  test('a writer opening /ar/admin/users gets the localized 403 page', async ({ page }) => {
    await signInAs(page, demoUsers.writer);
    const response = await page.goto('/ar/admin/users');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الدخول غير مسموح');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('link', { name: 'العودة إلى لوحة التحكم' })).toBeVisible();
  });

  test('a reviewer gets the 403 page for categories and the audit log', async ({ page }) => {
    await signInAs(page, demoUsers.reviewer);
    for (const path of ['/en/admin/categories', '/en/admin/audit', '/en/admin/users/new']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access denied');
    }
  });

  test('the admin users page passes axe and switches interface language in place', async ({ page }) => {
    await signInAs(page, demoUsers.admin);
    await page.goto('/ar/admin/users');
    await expect(page.getByRole('heading', { name: 'المستخدمون', level: 1 })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('navigation', { name: 'لغة الواجهة' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/admin\/users$/);
    await expect(page.getByRole('heading', { name: 'Utilisateurs', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });
});

test.describe('user management', () => {
  test('an admin deactivates a writer: the writer’s open session is refused on its next click, and the audit log shows it', async ({ browser }) => {
    test.slow();
    const writer = await createUserAsAdmin(browser, 'writer');

    // The new writer signs in with the temporary password and must choose their own first.
    const writerContext = await browser.newContext({ locale: 'en' });
    const writerPage = await writerContext.newPage();
    await writerPage.goto('/en/login');
    await signInWithForm(writerPage, 'en', writer.email, writer.password);
    await expect(writerPage.getByRole('heading', { name: 'You signed in with a temporary password. Choose your own password to continue.' })).toBeVisible();
    await writerPage.getByLabel('Current password').fill(writer.password);
    await writerPage.getByLabel('New password', { exact: true }).fill(`${writer.password}-own`);
    await writerPage.getByLabel('New password again').fill(`${writer.password}-own`);
    await writerPage.getByRole('button', { name: 'Change password' }).click();
    // With their own password set, the page they asked for (the dashboard) appears.
    await expect(writerPage.getByRole('heading', { name: 'Newsroom', level: 1 })).toBeVisible();
    await expect(writerPage.getByTestId('current-user')).toContainText(writer.name);

    const adminContext = await browser.newContext({ locale: 'en' });
    const adminPage = await adminContext.newPage();
    await signInAs(adminPage, demoUsers.admin);
    await adminPage.goto('/en/admin/users');
    await adminPage.getByRole('link', { name: `Manage ${writer.name}` }).click();
    await adminPage.getByRole('button', { name: 'Deactivate account' }).click();
    await expect(adminPage.getByRole('button', { name: 'Reactivate account' })).toBeVisible();

    await writerPage.getByRole('link', { name: 'My password' }).click();
    await expect(writerPage).toHaveURL(/\/en\/login\?reason=signedOut$/);
    await expect(writerPage.getByText('Your session has ended. Please sign in again.')).toBeVisible();
    await signInWithForm(writerPage, 'en', writer.email, `${writer.password}-own`);
    await expect(writerPage.getByText(labels.en.invalid)).toBeVisible();

    await adminPage.goto('/en/admin/audit?action=user.deactivate');
    const row = adminPage.getByRole('row').filter({ hasText: writer.email });
    await expect(row).toContainText('Amina Haddad');
    await expect(row).toContainText('Deactivated a user');
    await writerContext.close();
    await adminContext.close();
  });

  test('a new password ends the other sessions: the person’s own change elsewhere, then an admin’s reset', async ({ browser }) => {
    test.slow();
    const writer = await createUserAsAdmin(browser, 'writer');
    const temporaryNotice = 'You signed in with a temporary password. Choose your own password to continue.';
    const [laptop, phone] = [await contextFrom(browser, 'en'), await contextFrom(browser, 'en')];
    const [laptopPage, phonePage] = [await laptop.newPage(), await phone.newPage()];
    for (const page of [laptopPage, phonePage]) {
      await page.goto('/en/login');
      await signInWithForm(page, 'en', writer.email, writer.password);
      await expect(page.getByRole('heading', { name: temporaryNotice })).toBeVisible();
    }

    // On the laptop the writer chooses their own password and carries on there.
    await laptopPage.getByLabel('Current password').fill(writer.password);
    await laptopPage.getByLabel('New password', { exact: true }).fill(`${writer.password}-own`);
    await laptopPage.getByLabel('New password again').fill(`${writer.password}-own`);
    await laptopPage.getByRole('button', { name: 'Change password' }).click();
    await expect(laptopPage.getByRole('heading', { name: 'Newsroom', level: 1 })).toBeVisible();

    // The phone's session was opened with the old password: it has ended.
    await phonePage.reload();
    await expect(phonePage).toHaveURL(/\/en\/login\?reason=signedOut/);

    // An administrator resets the password: the laptop's session ends too.
    const adminContext = await browser.newContext({ locale: 'en' });
    const adminPage = await adminContext.newPage();
    await signInAs(adminPage, demoUsers.admin);
    await adminPage.goto('/en/admin/users');
    await adminPage.getByRole('link', { name: `Manage ${writer.name}` }).click();
    await adminPage.getByLabel('Temporary password').fill(`${writer.password}-reset`);
    await adminPage.getByRole('button', { name: 'Set temporary password' }).click();
    await expect(adminPage.getByText('The password was reset. The user must choose a new one at next sign-in.')).toBeVisible();
    await laptopPage.getByRole('link', { name: 'Articles' }).click();
    await expect(laptopPage).toHaveURL(/\/en\/login\?reason=signedOut/);
    await Promise.all([laptop.close(), phone.close(), adminContext.close()]);
  });

  test('an admin changes a user’s role and the list shows it', async ({ browser }) => {
    test.slow();
    const user = await createUserAsAdmin(browser, 'writer');
    const adminContext = await browser.newContext({ locale: 'en' });
    const adminPage = await adminContext.newPage();
    await signInAs(adminPage, demoUsers.admin);
    await adminPage.goto('/en/admin/users');
    await adminPage.getByRole('link', { name: `Manage ${user.name}` }).click();
    await adminPage.getByRole('combobox', { name: 'Role' }).selectOption('reviewer');
    await adminPage.getByRole('button', { name: 'Change role' }).click();
    await expect(adminPage.getByText('The role was changed.')).toBeVisible();
    await adminPage.goto('/en/admin/users');
    await expect(adminPage.getByRole('row').filter({ hasText: user.email })).toContainText('Reviewer');
    await adminContext.close();
  });

  test('an admin creates a category with its names and slugs', async ({ page }) => {
    const suffix = uniqueSuffix();
    await signInAs(page, demoUsers.admin);
    await page.goto('/en/admin/categories');
    await page.getByLabel('Name in العربية').last().fill(`قسم ${suffix}`);
    await page.getByLabel('Name in English').last().fill(`Section ${suffix}`);
    await page.getByLabel('Name in Français').last().fill(`Rubrique ${suffix}`);
    await page.getByRole('button', { name: 'Create category' }).click();
    await expect(page.getByText('The category was created.')).toBeVisible();
    const heading = page.getByRole('heading', { name: `Section ${suffix}`, level: 2 });
    await expect(heading).toBeVisible();
    const position = Number((await heading.textContent())?.match(/^(\d+)\./)?.[1]);
    expect(position).toBeGreaterThan(1);
    await page.getByRole('button', { name: `Move Section ${suffix} up` }).click();
    await expect(heading).toHaveText(new RegExp(`^${position - 1}\\.`));
  });
});
