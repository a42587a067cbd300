import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, defaultE2eDatabasePath, defaultMediaDir, fallbackTimeZone, parseEnv, toolEnv } from './env';
import { publishedDemoPassword } from './demo-mode';

const secret = 'a-production-secret-of-at-least-32-characters';

describe('parseEnv', () => {
  it('gives a fresh clone its defaults: the demo database, media beside it, Jeddah time, the published demo password', () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: 'development',
      DATABASE_URL: defaultDatabasePath,
      SITE_URL: 'http://localhost:3000',
      BAYAN_DEMO_PASSWORD: publishedDemoPassword,
      MEDIA_DIR: defaultMediaDir,
      BAYAN_BACKUP_DIR: 'data/backups',
      BAYAN_TIME_ZONE: fallbackTimeZone,
      BAYAN_TRUSTED_PROXIES: 0,
    });
    expect(fallbackTimeZone).toBe('Asia/Riyadh');
  });

  it('reads what is set, numbers included', () => {
    const parsed = parseEnv({ DATABASE_URL: '/srv/bayan/news.db', BAYAN_TIME_ZONE: 'Africa/Dakar', BAYAN_TRUSTED_PROXIES: '2', BAYAN_DEMO: '0', SITE_URL: 'https://news.example.org' });
    expect(parsed).toMatchObject({ DATABASE_URL: '/srv/bayan/news.db', BAYAN_TIME_ZONE: 'Africa/Dakar', BAYAN_TRUSTED_PROXIES: 2, BAYAN_DEMO: '0', SITE_URL: 'https://news.example.org' });
  });

  it.each([
    [{ BAYAN_TIME_ZONE: 'Mars/Olympus' }, 'BAYAN_TIME_ZONE must be an IANA time zone'],
    [{ BAYAN_TRUSTED_PROXIES: 'two' }, 'BAYAN_TRUSTED_PROXIES'],
    [{ BAYAN_TRUSTED_PROXIES: '11' }, 'BAYAN_TRUSTED_PROXIES'],
    [{ BAYAN_DEMO: 'yes' }, 'BAYAN_DEMO must be 1 (demo installation) or 0 (real installation), or unset'],
    [{ SITE_URL: 'news.example.org' }, 'SITE_URL must be an absolute URL'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET must be at least 32 characters'],
    [{ BAYAN_DEMO_PASSWORD: 'short' }, 'BAYAN_DEMO_PASSWORD must be at least 12 characters'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('refuses %o, naming the variable and what it must be', (source, message) => {
    expect(() => parseEnv(source)).toThrow(/^Invalid environment:/);
    expect(() => parseEnv(source)).toThrow(message);
  });

  it('requires AUTH_SECRET in production only', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow('AUTH_SECRET is required in production');
    expect(parseEnv({ NODE_ENV: 'production', AUTH_SECRET: secret }).AUTH_SECRET).toBe(secret);
    expect(parseEnv({ NODE_ENV: 'development' }).AUTH_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: 'test' }).AUTH_SECRET).toBeUndefined();
  });
});

describe('toolEnv', () => {
  it('points the tests at their own database and ports, and Debian’s Chromium', () => {
    expect(toolEnv({})).toMatchObject({ DATABASE_URL: defaultE2eDatabasePath, E2E_PORT: 3100, BENCH_PORT: 3300, CHROMIUM_PATH: '/usr/bin/chromium', BENCH_FRONT: '1' });
    expect(toolEnv({ E2E_PORT: '3400', DATABASE_URL: 'data/house-app.db' })).toMatchObject({ E2E_PORT: 3400, DATABASE_URL: 'data/house-app.db' });
  });

  it('refuses a port that is not one', () => {
    expect(() => toolEnv({ E2E_PORT: '70000' })).toThrow(/Invalid environment:[\s\S]*E2E_PORT/);
    expect(() => toolEnv({ BENCH_PORT: 'abc' })).toThrow(/BENCH_PORT/);
  });
});
