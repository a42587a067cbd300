import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import { decideTransition } from '@/lib/workflow';

// The queries use the shared client, which opens DATABASE_URL on import: point it at a fresh file first.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-newsroom-'));
process.env.DATABASE_URL = path.join(dir, 'test.db');

const { db } = await import('../index');
const { migrateDatabase } = await import('../client');
const schema = await import('../schema');
const newsroom = await import('./newsroom');

let writer: Actor;
let reviewer: Actor;
const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const edit = (title: string, text: string) => ({ title, slug: '', summary: '', body: body(text), datelineCity: 'جدة', source: 'يونا', categoryId: null, tags: ['قمة', 'قمة', 'تعاون'], publishAt: null, featuredMediaId: null });

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

describe('newsroom queries', () => {
  it('creates drafts with unique slugs per language and a first revision', () => {
    const first = newsroom.createArticle({ actor: writer, input: { locale: 'ar', title: 'القمة العربية', body: body(''), datelineCity: '', source: '' } });
    const second = newsroom.createArticle({ actor: writer, input: { locale: 'ar', title: 'القمة العربية', body: body(''), datelineCity: '', source: '' } });
    expect(first.slug).toBe('القمة-العربية');
    expect(second.slug).toBe('القمة-العربية-2');
    expect(newsroom.listRevisions({ articleId: first.id })).toHaveLength(1);
  });

  it('coalesces autosaves, refuses a stale save with the current text, and keeps tags unique', () => {
    const { id } = newsroom.createArticle({ actor: writer, input: { locale: 'ar', title: 'بيان', body: body(''), datelineCity: '', source: '' } });
    const at = new Date();
    const one = newsroom.saveArticle({ actor: writer, id, baseVersion: 1, kind: 'autosave', edit: { ...edit('بيان', 'أ'), slug: 'بيان' }, now: at });
    const two = newsroom.saveArticle({ actor: writer, id, baseVersion: 2, kind: 'autosave', edit: { ...edit('بيان', 'أب'), slug: 'بيان' }, now: new Date(at.getTime() + 5_000) });
    expect(one).toMatchObject({ status: 'saved', version: 2 });
    expect(two).toMatchObject({ status: 'saved', version: 3 });
    expect(newsroom.listRevisions({ articleId: id }).map((revision) => revision.reason)).toEqual(['autosave', 'create']);

    const stale = newsroom.saveArticle({ actor: reviewer, id, baseVersion: 2, kind: 'save', edit: { ...edit('بيان آخر', 'ج'), slug: 'بيان' } });
    expect(stale).toMatchObject({ status: 'conflict', current: { version: 3, title: 'بيان', body: body('أب') } });
    expect(newsroom.getEditorArticle({ id })).toMatchObject({ version: 3, title: 'بيان', tags: ['تعاون', 'قمة'] });
  });

  it('applies a transition with its audit entry and notifies the reviewers', () => {
    const { id } = newsroom.createArticle({ actor: writer, input: { locale: 'en', title: 'Statement', body: body('x'), datelineCity: '', source: '' } });
    const article = newsroom.getEditorArticle({ id })!;
    const decision = decideTransition({ actor: writer, article, action: 'submit', now: new Date() });
    if (!decision.ok) throw new Error('submit refused');
    expect(newsroom.transitionArticle({ actor: writer, article, action: 'submit', decision })).toEqual({ changed: true });
    // The same decision again finds the state moved on and changes nothing.
    expect(newsroom.transitionArticle({ actor: writer, article, action: 'submit', decision })).toEqual({ changed: false });
    expect(newsroom.getEditorArticle({ id })?.status).toBe('in_review');
    const notes = db.select().from(schema.notifications).all().filter((note) => note.articleId === id);
    expect(notes.map((note) => [note.userId, note.kind])).toEqual([[reviewer.id, 'submitted']]);
    const audit = db.select().from(schema.auditLog).all().filter((entry) => entry.entityId === String(id) && entry.action === 'article.submit');
    expect(audit).toHaveLength(1);
  });

  it('sends an approved article back to its writer as a draft they can edit again', () => {
    const { id } = newsroom.createArticle({ actor: writer, input: { locale: 'fr', title: 'Communiqué', body: body('x'), datelineCity: '', source: '' } });
    const step = (actor: Actor, action: 'submit' | 'approve' | 'reopen') => {
      const article = newsroom.getEditorArticle({ id })!;
      const decision = decideTransition({ actor, article, action, now: new Date() });
      if (!decision.ok) throw new Error(`${action} refused: ${decision.reason}`);
      return newsroom.transitionArticle({ actor, article, action, decision });
    };
    step(writer, 'submit');
    step(reviewer, 'approve');
    expect(step(reviewer, 'reopen')).toEqual({ changed: true });
    expect(newsroom.getEditorArticle({ id })?.status).toBe('draft');
    const notes = db.select().from(schema.notifications).all().filter((note) => note.articleId === id && note.kind === 'reopened');
    expect(notes.map((note) => note.userId)).toEqual([writer.id]);
    const audit = db.select().from(schema.auditLog).all().filter((entry) => entry.entityId === String(id) && entry.action === 'article.reopen');
    expect(audit.map((entry) => [entry.fromStatus, entry.toStatus])).toEqual([['approved', 'draft']]);
  });
});
