import Database from 'better-sqlite3';

/**
 * What the server's database holds, read as an outsider would check it after the fact: a
 * read-only connection to the same file the test server uses (WAL lets it read while the server writes).
 */
export function queryDatabase<Row>(sql: string, ...params: unknown[]): Row[] {
  const db = new Database(process.env.DATABASE_URL ?? 'data/e2e.db', { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as Row[];
  } finally {
    db.close();
  }
}
