import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().default('data/bayan.db'),
  /** Public origin used in canonical links, feeds, sitemaps and share links. */
  SITE_URL: z.url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(32).optional(),
  BAYAN_DEMO_PASSWORD: z.string().min(12).default('bayan-demo-password'),
  MEDIA_DIR: z.string().default('data/media'),
});

export type Env = z.infer<typeof envSchema>;

/** Parsed once; a malformed variable fails loudly at start instead of deep inside a request. */
export const env: Env = envSchema.parse(process.env);

export const siteUrl = env.SITE_URL.replace(/\/$/, '');
