import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { Actor } from '@/lib/permissions';
import type { Db } from '../client';

/**
 * For a test file of the data layer: points the shared client at a new, migrated database file,
 * removed when the file's tests end. The client (db/index.ts) opens DATABASE_URL when first
 * imported, so await this before importing any query module.
 */
export async function freshDatabase(name: string): Promise<Db> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bayan-${name}-`));
  process.env.DATABASE_URL = path.join(dir, 'test.db');
  const { db } = await import('../index');
  const { migrateDatabase } = await import('../client');
  migrateDatabase(db);
  afterAll(() => {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

/** An active account of this role, as a query's actor. */
export async function addActor(db: Db, email: string, role: Actor['role'], name = email): Promise<Actor> {
  const { users } = await import('../schema');
  const { id } = db.insert(users).values({ email, name, passwordHash: 'x', role }).returning({ id: users.id }).get();
  return { id, role, active: true };
}

/** An editor document of one paragraph. */
export const oneParagraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
