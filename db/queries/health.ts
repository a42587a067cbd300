import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '../index';

/** True when the database answers and the schema is migrated. */
export function databaseIsHealthy(): boolean {
  try {
    db.get(sql`select count(*) from articles`);
    return true;
  } catch {
    return false;
  }
}
