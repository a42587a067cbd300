import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { defaultDatabasePath } from '../lib/env';
import * as schema from './schema';

export type Db = ReturnType<typeof openDatabase>;

/** The handle a `db.transaction` callback receives: the one type every query takes for "inside a transaction". */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

/**
 * `DATABASE_URL` is a file path (a `file:` prefix is accepted); default `data/bayan.db`. Read when
 * the database opens rather than from lib/env's parse at import: tests and benchmarks point it at
 * a fresh file of their own just before they open it.
 */
export function databasePath(url = process.env.DATABASE_URL): string {
  const raw = url && url.trim() !== '' ? url.trim() : defaultDatabasePath;
  const file = raw.replace(/^file:/, '');
  // turbopackIgnore: the database lives outside the bundle; tracing this path would pull in the whole project.
  return file === ':memory:' ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export function openDatabase(file = databasePath()) {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers (public pages) proceed while a writer saves; the busy timeout makes a
  // second writer wait instead of failing with SQLITE_BUSY.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return drizzle(sqlite, { schema });
}

/** Applies pending migrations; already-applied ones are skipped, so it is safe on every start. */
export function migrateDatabase(db: Db) {
  migrate(db, { migrationsFolder });
}

/**
 * Keeps compiled statements for reuse: drizzle compiles each query's SQL on every call, which for
 * a long batch job (the WordPress import) costs as much as running it. A statement comes back in
 * the state a fresh one has (not raw), so a query cannot inherit another's mode; only synchronous
 * get/all/run are used on them (nothing here iterates). At most `limit` statements are kept.
 */
export function cacheStatements(db: Db, limit = 500): void {
  const client = db.$client;
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, ReturnType<typeof prepare>>();
  client.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      // Most recently used last, so the oldest is the first one a full cache drops.
      cache.delete(source);
    } else {
      statement = prepare(source);
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    if (statement.reader) statement.raw(false);
    return statement;
  }) as typeof client.prepare;
}
