import Database from 'better-sqlite3';
import { toolEnv } from '../../lib/env';

/**
 * What the server's database holds, read as an outsider would check it after the fact: a
 * read-only connection to the same file the test server uses (WAL lets it read while the server writes).
 */
export function queryDatabase<Row>(sql: string, ...params: unknown[]): Row[] {
  const db = new Database(toolEnv().DATABASE_URL, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as Row[];
  } finally {
    db.close();
  }
}

/**
 * Stands in for data an older version of Bayan stored, before its rules refused it (a name with
 * direction controls, a body with an outside image): tests use it to check that such rows still
 * render safely. Never a shortcut for what the app's screens can do.
 */
export function storeLegacyData(sql: string, ...params: unknown[]): void {
  const db = new Database(toolEnv().DATABASE_URL, { fileMustExist: true });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/**
 * Puts a test's own fixture straight into a state the screens would take many steps to reach (an
 * article published an hour ago, a live embargo link on a draft): for tests whose subject is what
 * happens next, not how the state was reached.
 */
export function arrangeData(sql: string, ...params: unknown[]): void {
  storeLegacyData(sql, ...params);
}

/** One read-only connection for a test that reads the database after every request (queryDatabase opens one per query). */
export function openDatabaseReader(): { all: (queries: string[]) => unknown[][]; close: () => void } {
  const db = new Database(toolEnv().DATABASE_URL, { readonly: true, fileMustExist: true });
  return { all: (queries) => queries.map((sql) => db.prepare(sql).all()), close: () => db.close() };
}
