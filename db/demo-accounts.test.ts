import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedDemoPassword } from '../lib/demo-mode';
import { hashPassword } from '../lib/password';
import { migrateDatabase, openDatabase } from './client';
import { accountsWithPassword, demoPasswordStartRefusal } from './demo-accounts';
import { users } from './schema';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-demo-accounts-'));
const db = openDatabase(path.join(dir, 'demo-accounts.db'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const publicProduction = { NODE_ENV: 'production', SITE_URL: 'https://news.example.org', BAYAN_DEMO_PASSWORD: publishedDemoPassword };

beforeAll(async () => {
  migrateDatabase(db);
  const account = async (email: string, password: string, active = true) => ({ email, name: email, role: 'writer' as const, active, passwordHash: await hashPassword(password) });
  db.insert(users)
    .values([
      await account('demo@example.org', publishedDemoPassword),
      // Deactivated, but an administrator can reactivate it: it counts.
      await account('inactive@example.org', publishedDemoPassword, false),
      await account('custom@example.org', 'a-configured-demo-password'),
      await account('real@example.org', 'a-real-and-long-password'),
    ])
    .run();
});

describe('accountsWithPassword', () => {
  it('finds every account, active or not, that one of the passwords opens', async () => {
    expect(await accountsWithPassword(db, [publishedDemoPassword])).toEqual(['demo@example.org', 'inactive@example.org']);
    expect(await accountsWithPassword(db, ['a-configured-demo-password', publishedDemoPassword])).toEqual(['demo@example.org', 'inactive@example.org', 'custom@example.org']);
    expect(await accountsWithPassword(db, ['nobody-has-this-one'])).toEqual([]);
  });
});

describe('demoPasswordStartRefusal', () => {
  it('refuses a public production site, naming the accounts, with both the configured and the published password', async () => {
    const refusal = await demoPasswordStartRefusal(db, { ...publicProduction, BAYAN_DEMO_PASSWORD: 'a-configured-demo-password' });
    expect(refusal).toContain('Refusing to start: https://news.example.org');
    expect(refusal).toContain('  - demo@example.org\n  - inactive@example.org\n  - custom@example.org\n');
    expect(refusal).not.toContain('real@example.org');
  });

  it('lets a local or development server start whatever the passwords', async () => {
    expect(await demoPasswordStartRefusal(db, { ...publicProduction, SITE_URL: 'http://localhost:3000' })).toBeNull();
    expect(await demoPasswordStartRefusal(db, { ...publicProduction, NODE_ENV: 'development' })).toBeNull();
  });

  it('lets a public production site start once their passwords are changed', async () => {
    const changed = ['demo@example.org', 'inactive@example.org', 'custom@example.org'];
    db.update(users).set({ passwordHash: await hashPassword('a-new-and-private-password') }).where(inArray(users.email, changed)).run();
    expect(await demoPasswordStartRefusal(db, { ...publicProduction, BAYAN_DEMO_PASSWORD: 'a-configured-demo-password' })).toBeNull();
  });
});
