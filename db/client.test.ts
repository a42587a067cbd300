import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath, migrateDatabase, openDatabase } from './client';

const tempDirs: string[] = [];
function tempDbFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-db-'));
  tempDirs.push(dir);
  return path.join(dir, 'nested', 'test.db');
}
afterEach(() => tempDirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const tableNames = (db: ReturnType<typeof openDatabase>) =>
  db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).map((row) => row.name);

describe('database client', () => {
  it('reads the path from DATABASE_URL, with a default and an optional file: prefix', () => {
    expect(databasePath(undefined)).toBe(path.resolve('data/bayan.db'));
    expect(databasePath('file:/tmp/x.db')).toBe('/tmp/x.db');
    expect(databasePath('  ')).toBe(path.resolve('data/bayan.db'));
  });

  it('opens in WAL mode with foreign keys and a busy timeout', () => {
    const db = openDatabase(tempDbFile());
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('migrates an empty file, and migrating again changes nothing', () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    migrateDatabase(db);
    const tables = tableNames(db);
    expect(tables).toEqual(expect.arrayContaining(['users', 'articles', 'categories', 'category_translations', 'tags', 'article_tags', 'article_revisions', 'review_comments', 'media', 'audit_log']));
    const applied = db.all(sql`select count(*) as n from __drizzle_migrations`);
    db.$client.close();

    const again = openDatabase(file);
    expect(() => migrateDatabase(again)).not.toThrow();
    expect(tableNames(again)).toEqual(tables);
    expect(again.all(sql`select count(*) as n from __drizzle_migrations`)).toEqual(applied);
  });
});
