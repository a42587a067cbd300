import { expect, type Page } from '@playwright/test';
import { env } from '../../lib/env';

export const demoPassword = env.BAYAN_DEMO_PASSWORD;

export const demoUsers = {
  admin: 'admin@example.org',
  reviewer: 'reviewer@example.org',
  writer: 'writer@example.org',
} as const;

/**
 * Signs the page's browser context in through Auth.js's credentials endpoint (no login form):
 * for tests whose subject is not the sign-in itself. The session cookie lands in the context.
 */
export async function signInAs(page: Page, email: string, password = demoPassword): Promise<void> {
  const csrf = await page.request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, callbackUrl: '/' },
    maxRedirects: 0,
  });
  expect(response.status(), 'sign-in redirects').toBe(302);
  const session = await page.request.get('/api/auth/session');
  expect(((await session.json()) as { user?: { email?: string } } | null)?.user?.email, `signed in as ${email}`).toBe(email);
}
