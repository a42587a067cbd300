/**
 * Two-factor sign-in (issue 15, item 4) as a reviewer lives it, against the production server: set
 * up with the QR code, sign in with a code, then with a recovery code (once), wrong codes locking
 * the account like wrong passwords, and an administrator's reset.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { totpCodeAt } from '../lib/two-factor';
import { demoUsers } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { openAs } from './helpers/newsroom';
import { createUserAsAdmin, uniqueSuffix } from './helpers/users';

/** Sign-ins from an address of its own, so the failures here lock no address other specs use. */
async function freshContext(browser: Browser) {
  return browser.newContext({ locale: 'en', extraHTTPHeaders: { 'x-forwarded-for': `2001:db8:2fa::${uniqueSuffix()}`.slice(0, 39) } });
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto('/en/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/login\/code\?/);
}

async function codeStep(page: Page, code: string) {
  await page.getByLabel('Code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
}

test('two-factor sign-in: set up with the QR code, a code, a recovery code once, the lock, and an admin’s reset', async ({ browser }) => {
  // Six sign-ins and an admin's visit in one story: on a loaded machine this takes its time.
  test.setTimeout(180_000);
  const user = await createUserAsAdmin(browser, 'reviewer');
  const password = `own-password-${uniqueSuffix()}`;
  let secret = '';
  let recoveryCodes: string[] = [];

  await test.step('the reviewer replaces the temporary password and sets up two-factor sign-in', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto('/en/login');
    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByLabel('Password', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/admin$/);
    await page.getByLabel('Current password').fill(user.password);
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('New password again').fill(password);
    await page.getByRole('button', { name: 'Change password' }).click();
    // The form stood in for the page asked for, which now opens.
    await expect(page.getByRole('heading', { level: 1, name: 'Newsroom' })).toBeVisible();

    await page.goto('/en/admin/account');
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    await expect(qr).toBeVisible();
    // Drawn on the server as inline SVG: no image request, nothing for the CSP to block.
    await expect(qr.locator('svg path')).not.toHaveCount(0);
    secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await expect(page.getByText('This code is not the one your app shows now.')).toBeVisible();
    await page.getByLabel('Code from the app').fill(totpCodeAt(secret, new Date()));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    recoveryCodes = await codes.allTextContents();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
    await context.close();

    // At rest: the secret sealed, the recovery codes hashed.
    const [stored] = queryDatabase<{ totp_secret: string; id: number }>('select id, totp_secret from users where email = ?', user.email);
    expect(stored!.totp_secret).toMatch(/^v1\./);
    expect(stored!.totp_secret).not.toContain(secret);
    const hashes = queryDatabase<{ code_hash: string }>('select code_hash from recovery_codes where user_id = ?', stored!.id);
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) expect(code_hash).toMatch(/^\$argon2id\$/);
  });

  await test.step('the password alone, even straight at the Auth.js endpoint, opens no session', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await page.request.post('/api/auth/callback/credentials', { form: { email: user.email, password, csrfToken, callbackUrl: '/en/admin' }, maxRedirects: 0 });
    expect(response.headers()['location']).toContain('code=second_factor');
    expect(await (await page.request.get('/api/auth/session')).json()).toBeNull();
    expect((await page.request.get('/en/admin', { maxRedirects: 0 })).status()).toBe(307);
    await context.close();
  });

  await test.step('password, then the code from the app: signed in', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await passwordStep(page, user.email, password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter your sign-in code');
    expect(await new AxeBuilder({ page }).analyze().then((results) => results.violations)).toEqual([]);
    // The code of the next 30-second step: the one used to confirm the setup cannot be used again.
    await codeStep(page, totpCodeAt(secret, new Date(Date.now() + 30_000)));
    await expect(page).toHaveURL(/\/en\/admin$/);
    await expect(page.getByTestId('current-user')).toContainText(user.name);
    await context.close();
  });

  await test.step('a recovery code signs in once; the second time it is refused', async () => {
    const first = await freshContext(browser);
    const page = await first.newPage();
    await passwordStep(page, user.email, password);
    await codeStep(page, recoveryCodes[0]!.toLowerCase());
    await expect(page).toHaveURL(/\/en\/admin$/);
    await first.close();
  });

  await test.step('wrong codes count like wrong passwords: then even the right code is refused', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await passwordStep(page, user.email, password); // 1: the password, until a code follows
    await codeStep(page, recoveryCodes[0]!); // 2: already used
    await expect(page.getByText('This code is not valid.')).toBeVisible();
    for (const guess of ['123456', '654321', '111111']) await codeStep(page, guess); // 3, 4, 5
    await codeStep(page, totpCodeAt(secret, new Date(Date.now() + 30_000)));
    await expect(page.getByText('Too many failed sign-in attempts.')).toBeVisible();
    await expect(page).toHaveURL(/\/en\/login\/code/);
    await context.close();
  });

  await test.step('an administrator resets it, with an audit entry', async () => {
    const [{ id }] = queryDatabase<{ id: number }>('select id from users where email = ?', user.email) as [{ id: number }];
    const admin = await openAs(browser, demoUsers.admin, 'en');
    await admin.page.goto(`/en/admin/users/${id}`);
    await expect(admin.page.getByTestId('two-factor-status')).toHaveText('On: this user signs in with a code from their authenticator app.');
    await admin.page.getByRole('button', { name: 'Reset two-factor sign-in' }).click();
    await expect(admin.page.getByTestId('two-factor-status')).toHaveText('Off: this user signs in with their password only.');
    expect(queryDatabase('select 1 from audit_log where action = ? and entity_id = ?', 'user.twoFactorReset', String(id))).toHaveLength(1);
    expect(queryDatabase('select totp_secret, totp_enabled_at from users where id = ?', id)).toEqual([{ totp_secret: null, totp_enabled_at: null }]);
    await admin.context.close();
  });
});
