import { parseArgs } from 'node:util';
import { z } from 'zod';
import { db } from '../db/index';
import { migrateDatabase } from '../db/client';
import { createAdminFromCommandLine } from '../db/queries/users';
import { demoPasswords } from '../lib/demo-mode';
import { env, siteUrl } from '../lib/env';
import { hashPassword } from '../lib/password';
import { createUserSchema } from '../lib/validations/user';
import messages from '../messages/en.json' with { type: 'json' };

/**
 * `npm run admin:create`: the first administrator of a real installation (or one more, to regain
 * access). The password follows the rule of every password change in the app, and can never be a
 * demo password, which the README publishes.
 */

const usage = 'Usage: npm run admin:create -- --email you@example.org --name "Your Name" (password asked for, or read from BAYAN_ADMIN_PASSWORD)';

export type AskHidden = (question: string) => Promise<string>;

export interface CreateAdminInput {
  argv: readonly string[];
  /** BAYAN_ADMIN_PASSWORD, for installs without a terminal (containers, provisioning scripts). */
  environmentPassword: string | undefined;
  /** Asks without echoing what is typed; null when there is no terminal to ask on. */
  askHidden: AskHidden | null;
}

export type CreateAdminResult = { ok: true; message: string } | { ok: false; message: string };

const fail = (message: string): CreateAdminResult => ({ ok: false, message });

async function choosePassword(environmentPassword: string | undefined, askHidden: AskHidden | null): Promise<string | CreateAdminResult> {
  if (environmentPassword !== undefined) return environmentPassword;
  if (!askHidden) return fail('No terminal to ask for the password on: set BAYAN_ADMIN_PASSWORD instead.');
  const password = await askHidden('Password: ');
  if ((await askHidden('The same password again: ')) !== password) return fail(messages.FieldErrors.passwordMismatch);
  return password;
}

export async function createAdminAccount({ argv, environmentPassword, askHidden }: CreateAdminInput): Promise<CreateAdminResult> {
  let values: { email?: string; name?: string };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { email: { type: 'string' }, name: { type: 'string' } }, strict: true }));
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
  if (values.email === undefined || values.name === undefined) return fail(usage);

  const password = await choosePassword(environmentPassword, askHidden);
  if (typeof password !== 'string') return password;

  // The same schema as an administrator's "new user" form: same e-mail, name and password rules.
  const parsed = createUserSchema.safeParse({ email: values.email, name: values.name, role: 'admin', password });
  if (!parsed.success) {
    const fieldErrors = Object.entries(z.flattenError(parsed.error).fieldErrors) as [string, (keyof typeof messages.FieldErrors)[]][];
    return fail(fieldErrors.map(([field, [key]]) => `${field}: ${key ? messages.FieldErrors[key] : ''}`).join('\n'));
  }
  if (demoPasswords(env.BAYAN_DEMO_PASSWORD).includes(parsed.data.password)) {
    return fail('That is the demo password, which the README publishes: choose another.');
  }

  migrateDatabase(db);
  const created = createAdminFromCommandLine({ email: parsed.data.email, name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password) });
  if (!created) return fail(`An account with the e-mail ${parsed.data.email} already exists: nothing was changed.`);
  return { ok: true, message: `Administrator ${parsed.data.email} created. Sign in at ${siteUrl}/en/login` };
}
