import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * `column` contains `needle` literally: a `%` or `_` typed by a user is not a wildcard. SQLite's
 * LIKE has no default escape character, so the clause names one.
 */
export function containsText(column: SQLiteColumn, needle: string): SQL {
  const pattern = `%${needle.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}
