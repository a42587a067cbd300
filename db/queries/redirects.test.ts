import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import { decideTransition, type WorkflowAction } from '@/lib/workflow';

// The queries use the shared client, which opens DATABASE_URL on import: point it at a fresh file first.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-redirects-'));
process.env.DATABASE_URL = path.join(dir, 'test.db');

const { db } = await import('../index');
const { migrateDatabase } = await import('../client');
const schema = await import('../schema');
const newsroom = await import('./newsroom');
const { findRedirect } = await import('./redirects');

let writer: Actor;
let reviewer: Actor;
const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const edit = (slug: string) => ({ title: 'قمة الرياض', slug, summary: '', body: body('نص'), datelineCity: '', source: '', categoryId: null, tags: [], publishAt: null, featuredMediaId: null });

beforeAll(() => {
  migrateDatabase(db);
  const insert = (email: string, role: 'writer' | 'reviewer') =>
    db.insert(schema.users).values({ email, name: email, passwordHash: 'x', role }).returning({ id: schema.users.id }).get().id;
  writer = { id: insert('w@example.org', 'writer'), role: 'writer', active: true };
  reviewer = { id: insert('r@example.org', 'reviewer'), role: 'reviewer', active: true };
});
afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function walk(id: number, steps: readonly (readonly [Actor, WorkflowAction])[]) {
  for (const [actor, action] of steps) {
    const current = newsroom.getEditorArticle({ id })!;
    const decision = decideTransition({ actor, article: current, action, now: new Date() });
    if (!decision.ok) throw new Error(`${action}: ${decision.reason}`);
    newsroom.transitionArticle({ actor, article: current, action, decision });
  }
}
const publish = (id: number) => walk(id, [[writer, 'submit'], [reviewer, 'approve'], [reviewer, 'publish']]);
// The way a live release is corrected today: unpublish, back to the writer's draft.
const unpublish = (id: number) => walk(id, [[reviewer, 'unpublish'], [writer, 'reopen']]);

const rename = (id: number, slug: string) => {
  const { version } = newsroom.getEditorArticle({ id })!;
  return newsroom.saveArticle({ actor: writer, id, baseVersion: version, kind: 'save', edit: edit(slug) });
};

describe('moved addresses', () => {
  it('answers every old address of a renamed release with its current one, in one hop', () => {
    const { id, slug: first } = newsroom.createArticle({ actor: writer, input: { locale: 'ar', title: 'قمة الرياض', body: body('نص'), datelineCity: '', source: '' } });
    // A draft's address was never out: renaming it leaves nothing behind.
    rename(id, 'مسودة-أولى');
    expect(findRedirect({ key: `/ar/news/${first}` })).toBeNull();

    publish(id);
    unpublish(id);
    rename(id, 'قمة-الرياض-٢٠٢٦');
    rename(id, 'قمة-الرياض-الختامية');
    // Back to draft: no old address may reveal where an unpublished release went.
    expect(findRedirect({ key: '/ar/news/مسودة-أولى' })).toBeNull();

    publish(id);
    const now = '/ar/news/%D9%82%D9%85%D8%A9-%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6-%D8%A7%D9%84%D8%AE%D8%AA%D8%A7%D9%85%D9%8A%D8%A9';
    expect(findRedirect({ key: '/ar/news/مسودة-أولى' })).toBe(now);
    expect(findRedirect({ key: '/ar/news/قمة-الرياض-٢٠٢٦' })).toBe(now);
    expect(findRedirect({ key: '/ar/news/قمة-الرياض-الختامية' })).toBeNull();
    expect(db.select().from(schema.auditLog).all().some((entry) => entry.details?.previousSlug === 'قمة-الرياض-٢٠٢٦')).toBe(true);
  });

  it('gives an old address back to an article that takes it again, and never shadows a live one', () => {
    const { id } = newsroom.createArticle({ actor: writer, input: { locale: 'en', title: 'Summit', body: body('text'), datelineCity: '', source: '' } });
    rename(id, 'summit-a');
    publish(id);
    unpublish(id);
    rename(id, 'summit-b');
    publish(id);
    expect(findRedirect({ key: '/en/news/summit-a' })).toBe('/en/news/summit-b');

    // Renamed back: summit-a is the article's own address again, summit-b is the old one.
    unpublish(id);
    rename(id, 'summit-a');
    publish(id);
    expect(findRedirect({ key: '/en/news/summit-a' })).toBeNull();
    expect(findRedirect({ key: '/en/news/summit-b' })).toBe('/en/news/summit-a');

    // Another release created with the freed slug owns it: the redirect goes.
    unpublish(id);
    rename(id, 'summit-c');
    publish(id);
    const other = newsroom.createArticle({ actor: writer, input: { locale: 'en', title: 'Summit B', body: body('text'), datelineCity: '', source: '' } });
    expect(other.slug).toBe('summit-b');
    expect(findRedirect({ key: '/en/news/summit-b' })).toBeNull();
    expect(findRedirect({ key: '/en/news/summit-a' })).toBe('/en/news/summit-c');
  });
});
