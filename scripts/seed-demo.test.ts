import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../db/client';
import { articles, users } from '../db/schema';
import { verifyPassword } from '../lib/password';
import { demoGlossary } from './seed-data/glossary';
import { contentCounts, seedDemoContent } from './seed-demo';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-seed-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('demo content', () => {
  const db = openDatabase(path.join(dir, 'seed.db'));
  migrateDatabase(db);

  it('is created once: a second run yields the same counts', async () => {
    const first = await seedDemoContent(db);
    const second = await seedDemoContent(db);
    expect(second).toEqual(first);
    expect(contentCounts(db)).toEqual(first);
    expect(first.users).toBe(5);
    expect(first.categories).toBe(6);
    expect(first.glossarySets).toBe(demoGlossary.length);
  });

  it('has enough published releases in each language, many linked as translations', () => {
    const now = new Date();
    const rows = db.select().from(articles).all();
    const publicIn = (locale: string) => rows.filter((a) => a.locale === locale && a.status === 'published' && a.publishAt && a.publishAt <= now).length;
    expect(publicIn('ar')).toBeGreaterThanOrEqual(24);
    expect(publicIn('en')).toBeGreaterThanOrEqual(12);
    expect(publicIn('fr')).toBeGreaterThanOrEqual(12);
    const groups = new Map<string, number>();
    rows.forEach((a) => groups.set(a.translationGroupId, (groups.get(a.translationGroupId) ?? 0) + 1));
    expect([...groups.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(10);
  });

  it('has releases in review, and exactly one scheduled in the future', () => {
    const now = new Date();
    const rows = db.select().from(articles).all();
    expect(rows.filter((a) => a.status === 'in_review').length).toBeGreaterThanOrEqual(1);
    const scheduled = rows.filter((a) => a.status === 'published' && a.publishAt && a.publishAt > now);
    expect(new Set(scheduled.map((a) => a.translationGroupId)).size).toBe(1);
  });

  it('gives demo users the documented password, hashed with Argon2id', async () => {
    const writer = db.select().from(users).where(eq(users.email, 'writer@example.org')).get();
    expect(writer?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(writer!.passwordHash, 'bayan-demo-password')).toBe(true);
  });
});
