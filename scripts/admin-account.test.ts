import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedDemoPassword } from '../lib/demo-mode';
import { verifyPassword } from '../lib/password';

// The query module opens the database named by DATABASE_URL when first imported: a fresh file here.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-admin-create-'));
process.env.DATABASE_URL = path.join(dir, 'admin.db');
const { db } = await import('../db/index');
const { createAdminAccount } = await import('./admin-account');

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const userByEmail = (email: string) =>
  db.$client.prepare('select id, role, password_hash as passwordHash, must_change_password as mustChange from users where email = ?').get(email) as
    | { id: number; role: string; passwordHash: string; mustChange: number }
    | undefined;
const auditOf = (id: number) => db.$client.prepare(`select action, actor_id as actorId, details from audit_log where entity_type = 'user' and entity_id = ?`).all(String(id));

const args = (email: string, name = 'Nadia Karam') => ['--email', email, '--name', name];
/** A terminal where the person types the given answers, in order. */
const typing = (...answers: string[]) => {
  const questions: string[] = [];
  const ask = async (question: string) => {
    questions.push(question);
    return answers.shift() ?? '';
  };
  return { ask, questions };
};

describe('npm run admin:create', () => {
  it('creates an administrator from BAYAN_ADMIN_PASSWORD, with their own password and an audit entry', async () => {
    const result = await createAdminAccount({ argv: args(' Chief@Example.ORG '), environmentPassword: 'a-long-enough-password', askHidden: null });
    expect(result).toEqual({ ok: true, message: expect.stringContaining('Administrator chief@example.org created') });
    const admin = userByEmail('chief@example.org')!;
    expect(admin).toMatchObject({ role: 'admin', mustChange: 0 });
    expect(await verifyPassword(admin.passwordHash, 'a-long-enough-password')).toBe(true);
    expect(auditOf(admin.id)).toEqual([{ action: 'user.createFromCommandLine', actorId: null, details: JSON.stringify({ email: 'chief@example.org', name: 'Nadia Karam' }) }]);
  });

  it('asks twice on a terminal, without the environment variable', async () => {
    const terminal = typing('typed-on-the-terminal', 'typed-on-the-terminal');
    expect(await createAdminAccount({ argv: args('typed@example.org'), environmentPassword: undefined, askHidden: terminal.ask })).toMatchObject({ ok: true });
    expect(terminal.questions).toHaveLength(2);
    expect(await verifyPassword(userByEmail('typed@example.org')!.passwordHash, 'typed-on-the-terminal')).toBe(true);
  });

  it.each([
    ['two different answers on the terminal', { argv: args('mismatch@example.org'), environmentPassword: undefined, askHidden: typing('first-long-password', 'other-long-password').ask }, 'The two passwords are not the same.'],
    ['no terminal and no BAYAN_ADMIN_PASSWORD', { argv: args('noterminal@example.org'), environmentPassword: undefined, askHidden: null }, 'set BAYAN_ADMIN_PASSWORD'],
    ['a password shorter than the app accepts', { argv: args('short@example.org'), environmentPassword: 'elevenchars', askHidden: null }, 'password: The password must have at least 12 characters.'],
    ['the published demo password', { argv: args('demo@example.org'), environmentPassword: publishedDemoPassword, askHidden: null }, 'That is the demo password'],
    ['an e-mail already taken, whatever its case', { argv: args('CHIEF@example.org'), environmentPassword: 'another-long-password', askHidden: null }, 'chief@example.org already exists'],
    ['a malformed e-mail', { argv: args('not-an-address'), environmentPassword: 'a-long-enough-password', askHidden: null }, 'email: Enter a valid e-mail address.'],
    ['a missing name', { argv: ['--email', 'noname@example.org'], environmentPassword: 'a-long-enough-password', askHidden: null }, 'Usage: npm run admin:create'],
    ['an unknown option', { argv: [...args('x@example.org'), '--role', 'writer'], environmentPassword: 'a-long-enough-password', askHidden: null }, "Unknown option '--role'"],
  ])('refuses %s, and creates nothing', async (_case, input, message) => {
    const before = db.$client.prepare('select count(*) as n from users').get();
    const result = await createAdminAccount(input);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(message);
    expect(db.$client.prepare('select count(*) as n from users').get()).toEqual(before);
  });

  it('works as the real command, reading BAYAN_ADMIN_PASSWORD, on a database it migrates itself', async () => {
    const database = path.join(dir, 'fresh.db');
    const run = (password: string) =>
      promisify(execFile)('npm', ['run', '-s', 'admin:create', '--', ...args('first@example.org')], {
        env: { ...process.env, DATABASE_URL: database, BAYAN_ADMIN_PASSWORD: password, AUTH_SECRET: 'test-secret-test-secret-test-secret-0123' },
      }).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
      );
    expect(await run('the-first-admin-password')).toEqual({ code: 0, output: expect.stringContaining('Administrator first@example.org created') });
    expect(await run('the-first-admin-password')).toEqual({ code: 1, output: expect.stringContaining('already exists') });
  });
});
