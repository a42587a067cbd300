import { asc } from 'drizzle-orm';
import { demoPasswordRefusal, demoPasswords, refusesDemoPasswords } from '../lib/demo-mode';
import { verifyPassword } from '../lib/password';
import type { Db } from './client';
import { users } from './schema';

/**
 * The start-up check against demo passwords. Not `server-only`, and handed its database: the setup
 * script runs it outside Next, and the server's instrumentation hook before the app's own
 * connection (db/index.ts) exists.
 */

interface StartEnv {
  NODE_ENV: string;
  SITE_URL: string;
  BAYAN_DEMO_PASSWORD: string;
}

/** E-mails of the accounts, active or not (an admin can reactivate one), that open with one of `passwords`. */
export async function accountsWithPassword(db: Db, passwords: readonly string[]): Promise<string[]> {
  const rows = db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).orderBy(asc(users.id)).all();
  // Argon2 runs on libuv's thread pool: verifying in parallel keeps a large staff list quick to check.
  const matches = await Promise.all(
    rows.map(async ({ passwordHash }) => (await Promise.all(passwords.map((password) => verifyPassword(passwordHash, password)))).some(Boolean)),
  );
  return rows.filter((_, index) => matches[index]).map((row) => row.email);
}

/** The message refusing to start, or null when this server may start with this database. */
export async function demoPasswordStartRefusal(db: Db, env: StartEnv): Promise<string | null> {
  if (!refusesDemoPasswords(env)) return null;
  const emails = await accountsWithPassword(db, demoPasswords(env.BAYAN_DEMO_PASSWORD));
  return emails.length === 0 ? null : demoPasswordRefusal({ siteUrl: env.SITE_URL, emails });
}
