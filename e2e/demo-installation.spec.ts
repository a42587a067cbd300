import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, request, test } from '@playwright/test';
import Database from 'better-sqlite3';
// Passwords are changed in the database directly, hashed exactly as the app does: the server under
// test refuses to start, so there is no HTTP to change them through.
import { hashPassword } from '../lib/password';
import { demoUsers, signInAs } from './helpers/auth';

const banner = {
  ar: { label: 'نسخة تجريبية', text: 'نسخة تجريبية: حسابات العرض تشترك في كلمة مرور منشورة؛ لا تستخدمها لعمل حقيقي.' },
  en: { label: 'Demo installation', text: 'Demo installation: demo accounts share a published password; do not use for real work.' },
  fr: { label: 'Installation de démonstration', text: 'Installation de démonstration : les comptes de démonstration partagent un mot de passe publié ; ne l’utilisez pas pour un vrai travail.' },
} as const;

test.describe('demo banner (the e2e server is a demo: its SITE_URL is local)', () => {
  for (const locale of ['ar', 'en', 'fr'] as const) {
    test(`the sign-in page announces the demo in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/login`);
      await expect(page.getByRole('region', { name: banner[locale].label })).toHaveText(banner[locale].text);
    });
  }

  test('the sign-in page passes axe with the banner', async ({ page }) => {
    await page.goto('/ar/login');
    await expect(page.getByRole('region', { name: banner.ar.label })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('the admin pages announce it (from their shared layout), and pass axe with it', async ({ page }) => {
    // A sign-in, two admin pages and an axe run: near the default 30 s on two loaded cores.
    test.slow();
    await signInAs(page, demoUsers.writer);
    await page.goto('/en/admin/account');
    await expect(page.getByRole('region', { name: banner.en.label })).toHaveText(banner.en.text);
    await page.goto('/ar/admin');
    await expect(page.getByRole('region', { name: banner.ar.label })).toHaveText(banner.ar.text);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

/** A second production server on the same build, with the database and environment a test gives it. */
class Server {
  readonly output: string[] = [];
  private constructor(
    readonly process: ChildProcess,
    readonly baseURL: string,
  ) {
    process.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    process.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
  }

  static async start(env: NodeJS.ProcessEnv): Promise<Server> {
    const port = await freePort();
    // The production server (as `npm start`), in a process group of its own: stop() ends it.
    const child = spawn(process.execPath, ['server.mjs', '-p', String(port), '-H', '127.0.0.1'], { env, detached: true });
    return new Server(child, `http://127.0.0.1:${port}`);
  }

  /** The exit code, or null if still running after `ms` (a server that started). */
  async exitCode(ms: number): Promise<number | null> {
    if (this.process.exitCode !== null) return this.process.exitCode;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), ms);
      this.process.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code ?? 1);
      });
    });
  }

  async waitUntilHealthy(): Promise<void> {
    await expect(async () => {
      expect(this.process.exitCode, this.output.join('')).toBeNull();
      const response = await fetch(`${this.baseURL}/api/health`).catch(() => null);
      expect(response?.status).toBe(200);
    }).toPass({ timeout: 30_000 });
  }

  stop(): void {
    if (this.process.exitCode === null && this.process.pid) process.kill(-this.process.pid, 'SIGTERM');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  promisify(execFile)(command, args, { env }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );

test.describe('a public production installation', () => {
  // Each test builds a database and starts servers of its own: slower than a page test.
  test.describe.configure({ timeout: 120_000 });

  let dir: string;
  let servers: Server[] = [];
  test.beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-demo-e2e-'));
  });
  test.afterEach(() => {
    servers.forEach((server) => server.stop());
    servers = [];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const environment = (overrides: Partial<NodeJS.ProcessEnv> = {}): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
    SITE_URL: 'https://news.example.org',
    DATABASE_URL: path.join(dir, 'bayan.db'),
    MEDIA_DIR: path.join(dir, 'media'),
    AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
    ...overrides,
  });
  const startServer = async (env: NodeJS.ProcessEnv) => {
    const server = await Server.start(env);
    servers.push(server);
    return server;
  };

  test('refuses to start while accounts have the demo password, and starts once they are changed', async () => {
    // A demo database, forced on a public address (as an operator might, to try it out).
    const seeded = await run('node_modules/.bin/tsx', ['scripts/setup.ts'], environment({ NODE_ENV: 'development', BAYAN_DEMO: '1' }));
    expect(seeded.code, seeded.output).toBe(0);

    const refused = await startServer(environment());
    expect(await refused.exitCode(30_000), refused.output.join('')).toBe(1);
    const message = refused.output.join('');
    expect(message).toContain('Refusing to start: https://news.example.org is a public production site');
    expect(message).toContain(`  - ${demoUsers.admin}\n  - ${demoUsers.reviewer}\n  - ${demoUsers.writer}\n`);
    expect(message).toContain('npm run admin:create -- --email');

    const sqlite = new Database(environment().DATABASE_URL!);
    sqlite.prepare('update users set password_hash = ?').run(await hashPassword('a-private-password-at-last'));
    sqlite.close();

    const started = await startServer(environment());
    await started.waitUntilHealthy();
    // Not a demo any more (BAYAN_DEMO unset, public SITE_URL): no banner.
    const login = await fetch(`${started.baseURL}/en/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).not.toContain(banner.en.text);
  });

  test('does not start with a BAYAN_DEMO it cannot read', async () => {
    const server = await startServer(environment({ BAYAN_DEMO: 'yes' }));
    expect(await server.exitCode(30_000), server.output.join('')).toBe(1);
    expect(server.output.join('')).toContain('BAYAN_DEMO must be 1 (demo installation) or 0 (real installation), or unset');
  });

  test('a real installation starts empty, and its first administrator comes from npm run admin:create', async () => {
    const setup = await run('node_modules/.bin/tsx', ['scripts/setup.ts'], environment({ BAYAN_DEMO: '0' }));
    expect(setup.code, setup.output).toBe(0);
    expect(setup.output).toContain('no demo users or content were created');

    const created = await run('npm', ['run', '-s', 'admin:create', '--', '--email', 'chief@news.example.org', '--name', 'Nadia Karam'], environment({ BAYAN_ADMIN_PASSWORD: 'the-first-admin-password' }));
    expect(created.code, created.output).toBe(0);

    const server = await startServer(environment({ BAYAN_DEMO: '0' }));
    await server.waitUntilHealthy();
    const api = await request.newContext({ baseURL: server.baseURL });
    const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const signIn = await api.post('/api/auth/callback/credentials', { form: { email: 'chief@news.example.org', password: 'the-first-admin-password', csrfToken, callbackUrl: '/' }, maxRedirects: 0 });
    expect(signIn.status()).toBe(302);
    expect(((await (await api.get('/api/auth/session')).json()) as { user?: { email?: string } }).user?.email).toBe('chief@news.example.org');
    await api.dispose();
  });
});
