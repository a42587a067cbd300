import { type Browser, expect } from '@playwright/test';
import { demoUsers, signInAs } from './auth';

export interface CreatedUser {
  name: string;
  email: string;
  password: string;
}

let sequence = 0;

/** A unique value per test run and call, so specs never share (or collide on) the data they change. */
export function uniqueSuffix(): string {
  sequence += 1;
  return `${Date.now().toString(36)}${process.pid.toString(36)}${sequence}`;
}

/**
 * Creates a user through the admin screens (as the demo admin, in a context of its own), for tests
 * that change a user's state: demo users stay untouched for the other specs.
 */
export async function createUserAsAdmin(browser: Browser, role: 'writer' | 'reviewer' | 'admin' = 'writer'): Promise<CreatedUser> {
  const suffix = uniqueSuffix();
  const user = { name: `Test ${role} ${suffix}`, email: `e2e-${suffix}@example.org`, password: `temporary-${suffix}` };
  const context = await browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await signInAs(page, demoUsers.admin);
  await page.goto('/en/admin/users/new');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Role').selectOption(role);
  await page.getByLabel('Temporary password').fill(user.password);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('The account was created.')).toBeVisible();
  await context.close();
  return user;
}
