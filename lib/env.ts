import { z } from 'zod';
import { isDemoMode, publishedDemoPassword } from './demo-mode';

/*
 * Every setting read from the environment, parsed here once with the reason for its default.
 * The server, the scripts, drizzle-kit, Playwright and the e2e helpers import from this file;
 * only server.mjs (plain JavaScript run by node, it cannot import TypeScript) reads PORT itself,
 * and instrumentation.ts reads NEXT_RUNTIME, which Next.js sets and inlines per bundle.
 */

/** The demo's database: the git-ignored data/ folder, where a fresh clone keeps everything it writes. */
export const defaultDatabasePath = 'data/bayan.db';
/** The e2e suite's own database, rebuilt each run (scripts/test.sh), so tests never touch the demo's. */
export const defaultE2eDatabasePath = 'data/e2e.db';
/** Uploads beside the database, so one copy of data/ backs up both. */
export const defaultMediaDir = 'data/media';
/** Where the organization sits (Jeddah): times are read in this zone until an admin picks another in Settings. */
export const fallbackTimeZone = 'Asia/Riyadh';
/** The session secret of the e2e servers only: tests must not depend on a developer's .env.local. */
export const e2eAuthSecret = 'e2e-secret-e2e-secret-e2e-secret-0123456789';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const envSchema = z
  .object({
    /** Set by Next.js (and vitest); a script run by hand is development unless told otherwise. */
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** A file path (`file:` accepted); db/client.ts reads it when it opens the database. */
    DATABASE_URL: z.string().default(defaultDatabasePath),
    /** Public origin used in canonical links, feeds, sitemaps and share links; local means a demo. */
    SITE_URL: z.url({ error: 'SITE_URL must be an absolute URL such as https://news.example.org' }).default('http://localhost:3000'),
    /** Signs sessions and encrypts TOTP secrets; none in development lets a fresh clone start (npm run setup writes one). */
    AUTH_SECRET: z.string().min(32, { error: 'AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)' }).optional(),
    /** `1` or `0` forces demo mode on or off; unset, a local SITE_URL means demo (lib/demo-mode.ts). */
    BAYAN_DEMO: z.enum(['0', '1'], { error: 'BAYAN_DEMO must be 1 (demo installation) or 0 (real installation), or unset' }).optional(),
    /** The demo users' password; the README publishes the default, which is why production refuses it. */
    BAYAN_DEMO_PASSWORD: z.string().min(12, { error: 'BAYAN_DEMO_PASSWORD must be at least 12 characters' }).default(publishedDemoPassword),
    /** For `npm run admin:create` without a terminal to ask on; unset, it asks. */
    BAYAN_ADMIN_PASSWORD: z.string().optional(),
    MEDIA_DIR: z.string().min(1).default(defaultMediaDir),
    /** Where `npm run db:backup` writes when given no folder: beside the data it copies. */
    BAYAN_BACKUP_DIR: z.string().min(1).default('data/backups'),
    /** The zone a fresh installation starts in; an admin may choose another in Settings. */
    BAYAN_TIME_ZONE: z
      .string()
      .refine(isKnownTimeZone, { error: 'BAYAN_TIME_ZONE must be an IANA time zone such as Asia/Riyadh or Africa/Dakar' })
      .default(fallbackTimeZone),
    /**
     * How many reverse proxies in front of the server append to `X-Forwarded-For` (lib/client-ip.ts):
     * 0 reads the socket's address. Too high a count lets a client choose its address; too low
     * puts every visitor behind the proxy's one address.
     */
    BAYAN_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  })
  .superRefine((value, context) => {
    // Without it Auth.js answers every sign-in with a server error, and the TOTP secrets could not be read.
    if (value.NODE_ENV === 'production' && !value.AUTH_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'AUTH_SECRET is required in production: set it to a random value of at least 32 characters (openssl rand -base64 32); `npm start` writes one to .env.local',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** The environment parsed, or an error that names each bad variable and what it must be. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Parsed once; a malformed variable fails loudly at start instead of deep inside a request. */
export const env: Env = parseEnv(process.env);

export const siteUrl = env.SITE_URL.replace(/\/$/, '');

/** Whether demo users and content may be created, and the staff pages carry the demo banner. */
export const demoMode = isDemoMode(env);

/** The organization's zone until an administrator chooses one in Settings (db/queries/settings.ts). */
export const defaultTimeZone = env.BAYAN_TIME_ZONE;

/** What the test runner, the e2e helpers and the benchmarks read: never the server itself. */
export const toolEnvSchema = z.object({
  /** Set by CI services: no `.only`, one retry, an HTML report. */
  CI: z.string().optional(),
  /** Debian's Chromium: Playwright cannot download its own browser here. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** The database the e2e server runs on and the helpers read; the benchmarks copy the demo's (`env`). */
  DATABASE_URL: z.string().min(1).default(defaultE2eDatabasePath),
  /** Each is the next.js server of a suite or a bench; distinct defaults let them run side by side. */
  E2E_PORT: port(3100),
  E2E_FRONT_PORT: port(3190),
  E2E_CRASH_PORT: port(3191),
  E2E_IMPORT_FRONT_PORT: port(3191),
  E2E_BACKUP_PORT: port(3192),
  BENCH_PORT: port(3300),
  /** A minute of load: long enough for the server to settle, short enough to run often. */
  BENCH_LOAD_SECONDS: z.coerce.number().positive().default(60),
  /** Two hundred readers at once: a release that made the news, on two cores. */
  BENCH_READERS: z.coerce.number().int().positive().default(200),
  /** Ten desks saving while the readers read. */
  BENCH_DESKS: z.coerce.number().int().min(0).default(10),
  /** `0` measures the server alone, without the shared cache in front. */
  BENCH_FRONT: z.enum(['0', '1']).default('1'),
});

export type ToolEnv = z.infer<typeof toolEnvSchema>;

/** The tools' settings, parsed when first asked for (the server never asks). */
export function toolEnv(source: Record<string, string | undefined> = process.env): ToolEnv {
  const parsed = toolEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
