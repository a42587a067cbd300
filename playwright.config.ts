import { defineConfig, devices } from '@playwright/test';
import { e2eAuthSecret, env, toolEnv } from './lib/env';

const tools = toolEnv();
const port = tools.E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;
const siteWideSpecs = /site-wide-settings\.spec\.ts$/;

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!tools.CI,
  retries: tools.CI ? 1 : 0,
  // Two cores: one worker per core keeps the server responsive.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: tools.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'ar',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: tools.CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: siteWideSpecs, use: { ...devices['Desktop Chrome'], locale: 'ar' } },
    // Specs that change what every public page shows run alone, once all the others are done.
    { name: 'site-wide settings', testMatch: siteWideSpecs, dependencies: ['chromium'], use: { ...devices['Desktop Chrome'], locale: 'ar' } },
  ],
  webServer: {
    // The production server itself (server.mjs, as `npm start`), run by node directly: killing an
    // `npx` wrapper would leave the server running.
    command: `node --max-old-space-size=256 server.mjs -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: tools.DATABASE_URL,
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: baseURL,
      AUTH_SECRET: env.AUTH_SECRET ?? e2eAuthSecret,
      // The tests stand in for one reverse proxy: a context's X-Forwarded-For is the address that
      // proxy reports, so specs that fail sign-ins on purpose each lock only an address of their own.
      BAYAN_TRUSTED_PROXIES: '1',
    },
  },
});
