import { defineConfig } from 'drizzle-kit';
import { env } from './lib/env';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
  dbCredentials: { url: env.DATABASE_URL.replace(/^file:/, '') },
  // FTS5 virtual tables and their shadow tables are created by hand-written migrations;
  // without this filter drizzle-kit would offer to drop them.
  tablesFilter: ['!articles_fts*'],
});
