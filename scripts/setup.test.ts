import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run setup` as `npm start` runs it, each time on a new database, in the environment a case names.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-setup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let databases = 0;
const newDatabase = () => path.join(dir, `setup-${(databases += 1)}.db`);

async function setup(env: { SITE_URL: string; BAYAN_DEMO?: string; NODE_ENV?: 'development' | 'production' }, { script = 'scripts/setup.ts', database = newDatabase() } = {}) {
  // Only what a case names, not the test runner's environment. AUTH_SECRET set: otherwise setup
  // would write one to the working copy's .env.local.
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'development' as const, DATABASE_URL: database, AUTH_SECRET: 'test-secret-test-secret-test-secret-0123' };
  const { code, output } = await promisify(execFile)('npx', ['tsx', script], { env: { ...base, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
  // A script stopped by its environment may not have opened the database at all.
  if (!fs.existsSync(database)) return { code, output, emails: [], articles: 0 };
  const sqlite = new Database(database, { readonly: true });
  const emails = (sqlite.prepare('select email from users order by id').all() as { email: string }[]).map((row) => row.email);
  const articles = (sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n;
  sqlite.close();
  return { code, output, emails, articles };
}

const demoEmails = ['admin@example.org', 'reviewer@example.org', 'writer@example.org', 'reviewer.fr@example.org', 'translator@example.org'];

describe('setup on an empty database', () => {
  it('creates the demo on a local site, as on a fresh clone', async () => {
    const result = await setup({ SITE_URL: 'http://localhost:3000' });
    expect(result).toMatchObject({ code: 0, emails: demoEmails });
    expect(result.articles).toBeGreaterThan(0);
  });

  it.each([
    ['a site that is not local', { SITE_URL: 'https://news.example.org' }],
    ['BAYAN_DEMO=0 on a local site', { SITE_URL: 'http://localhost:3000', BAYAN_DEMO: '0' }],
    ['a public production site', { SITE_URL: 'https://news.example.org', NODE_ENV: 'production' as const }],
  ])('creates nothing on %s, and says how to create the first administrator', async (_case, env) => {
    const result = await setup(env);
    expect(result).toMatchObject({ code: 0, emails: [], articles: 0 });
    expect(result.output).toContain('npm run admin:create -- --email');
  });

  it('creates the demo on any site with BAYAN_DEMO=1, but a public production start is refused', async () => {
    const database = newDatabase();
    expect(await setup({ SITE_URL: 'https://demo.example.org', BAYAN_DEMO: '1' }, { database })).toMatchObject({ code: 0, emails: demoEmails });
    const production = await setup({ SITE_URL: 'https://demo.example.org', NODE_ENV: 'production' }, { database });
    expect(production.code).toBe(1);
    expect(production.output).toContain('Refusing to start: https://demo.example.org is a public production site');
    expect(production.output).toContain('  - admin@example.org\n  - reviewer@example.org\n  - writer@example.org\n');
  });

  it('stops at an invalid BAYAN_DEMO', async () => {
    const result = await setup({ SITE_URL: 'http://localhost:3000', BAYAN_DEMO: 'yes' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('BAYAN_DEMO must be 1');
  });
});

describe('npm run db:seed', () => {
  it('adds no demo users to a real installation', async () => {
    const result = await setup({ SITE_URL: 'https://news.example.org' }, { script: 'scripts/seed.ts' });
    expect(result).toMatchObject({ code: 1, emails: [] });
    expect(result.output).toContain('Not a demo installation');
  });
});
