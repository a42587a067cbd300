import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().default('data/bayan.db'),
  /** Public origin used in canonical links, feeds, sitemaps and share links. */
  SITE_URL: z.url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(32).optional(),
  BAYAN_DEMO_PASSWORD: z.string().min(12).default('bayan-demo-password'),
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
