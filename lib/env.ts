import { z } from 'zod';
import { isDemoMode, publishedDemoPassword } from './demo-mode';

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().default('data/bayan.db'),
  /** Public origin used in canonical links, feeds, sitemaps and share links. */
  SITE_URL: z.url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(32).optional(),
  /** `1` or `0` forces demo mode on or off; unset, a local SITE_URL means demo (lib/demo-mode.ts). */
  BAYAN_DEMO: z.enum(['0', '1'], { error: 'BAYAN_DEMO must be 1 (demo installation) or 0 (real installation), or unset' }).optional(),
  BAYAN_DEMO_PASSWORD: z.string().min(12).default(publishedDemoPassword),
  MEDIA_DIR: z.string().default('data/media'),
  /**
   * How many reverse proxies in front of the server append to `X-Forwarded-For` (lib/client-ip.ts):
   * 0 reads the socket's address. Too high a count lets a client choose its address; too low
   * puts every visitor behind the proxy's one address.
   */
  BAYAN_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof envSchema>;

/** Parsed once; a malformed variable fails loudly at start instead of deep inside a request. */
export const env: Env = envSchema.parse(process.env);

export const siteUrl = env.SITE_URL.replace(/\/$/, '');

/** Whether demo users and content may be created, and the staff pages carry the demo banner. */
export const demoMode = isDemoMode(env);
