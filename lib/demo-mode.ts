/**
 * Demo mode: whether this installation is the demo a fresh clone serves (demo users sharing a
 * published password, demo releases) or a real one. Pure rules over the environment, so the
 * setup script, the server's start-up check and the staff pages' banner decide alike.
 */

/** The password the README publishes for the demo users. */
export const publishedDemoPassword = 'bayan-demo-password';

// URL.hostname keeps the brackets of an IPv6 address.
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A site only this machine can reach: nobody else can try the demo password on it. */
export function isLocalSiteUrl(siteUrl: string): boolean {
  return localHosts.has(new URL(siteUrl).hostname);
}

interface DemoEnv {
  SITE_URL: string;
  /** `1` or `0` forces demo mode on or off; unset, it follows SITE_URL. */
  BAYAN_DEMO?: '0' | '1' | undefined;
}

/** On by default on a local site, so `npm install && npm start` on a fresh clone shows the demo. */
export function isDemoMode({ SITE_URL, BAYAN_DEMO }: DemoEnv): boolean {
  return BAYAN_DEMO === undefined ? isLocalSiteUrl(SITE_URL) : BAYAN_DEMO === '1';
}

/**
 * A production server that others can reach must not run with accounts anyone can open: there
 * the start-up refuses while an account still has a demo password.
 */
export function refusesDemoPasswords({ NODE_ENV, SITE_URL }: { NODE_ENV: string; SITE_URL: string }): boolean {
  return NODE_ENV === 'production' && !isLocalSiteUrl(SITE_URL);
}

/** The passwords demo users may have: the configured one, and the published one it may have replaced. */
export function demoPasswords(configured: string): string[] {
  return [...new Set([configured, publishedDemoPassword])];
}

export const createAdminCommand = 'npm run admin:create -- --email you@example.org --name "Your Name"';

/** What the operator reads when the start is refused (command-line output: plain English). */
export function demoPasswordRefusal({ siteUrl, emails }: { siteUrl: string; emails: readonly string[] }): string {
  return [
    `Refusing to start: ${siteUrl} is a public production site, and these accounts still have a demo password (the one the README publishes, or BAYAN_DEMO_PASSWORD):`,
    ...emails.map((email) => `  - ${email}`),
    'Anyone could sign in as them (inactive accounts count too: an administrator can reactivate them). Either:',
    '  - give each of them a new password: serve this database locally (SITE_URL=http://localhost:3000 npm start,',
    '    through an SSH tunnel if need be), sign in as an administrator and reset their passwords under Users',
    '    (your own under Account), then start again; or',
    '  - start a real installation on an empty database with BAYAN_DEMO=0 and create its first administrator:',
    `      ${createAdminCommand}`,
  ].join('\n');
}
