import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import { freshDatabase } from '../testing/fresh-database';

const db = await freshDatabase('newsroom-lists');

const { articles, users } = await import('../schema');
const { listNewsroomArticles } = await import('./newsroom-lists');

let viewer: Actor;
beforeAll(() => {
  viewer = { id: db.insert(users).values({ email: 'r@example.org', name: 'R', passwordHash: 'x', role: 'reviewer' }).returning({ id: users.id }).get().id, role: 'reviewer', active: true };
  const at = Date.UTC(2026, 0, 1);
  // 23 articles; every third shares its change time with the one before, so ties need the id.
  db.insert(articles)
    .values(Array.from({ length: 23 }, (_, i) => ({ translationGroupId: `g${i}`, locale: i % 2 ? 'en' : 'ar', slug: `a${i}`, title: `t${i}`, body: {}, authorId: viewer.id, status: i % 4 ? ('draft' as const) : ('published' as const), updatedAt: new Date(at + (i - (i % 3 === 2 ? 1 : 0)) * 60_000) })))
    .run();
});

const list = (position: Parameters<typeof listNewsroomArticles>[0]['position'], filter = {}) => listNewsroomArticles({ viewer, seesAll: true, filter, position, pageSize: 5 });

describe('the newsroom list by keyset', () => {
  it('walks forward and back by cursors through the same rows as page numbers, ties included', () => {
    const byPage = [1, 2, 3, 4, 5].map((page) => list({ page }).rows.map((row) => row.id));
    const forward: number[][] = [];
    let page = list({ page: 1 });
    forward.push(page.rows.map((row) => row.id));
    while (page.last && forward.length < 6) {
      page = list({ after: page.last });
      if (page.rows.length > 0) forward.push(page.rows.map((row) => row.id));
    }
    expect(forward).toEqual(byPage);
    expect(new Set(forward.flat()).size).toBe(23);
    const third = list({ after: list({ after: list({ page: 1 }).last! }).last! });
    expect(list({ before: third.first! }).rows.map((row) => row.id)).toEqual(byPage[1]);
  });

  it('keeps filters and the total on keyset pages', () => {
    const first = list({ page: 1 }, { status: 'draft' });
    const next = list({ after: first.last! }, { status: 'draft' });
    expect(next.total).toBe(first.total);
    expect([...first.rows, ...next.rows].every((row) => row.status === 'draft')).toBe(true);
    expect(next.rows[0]!.updatedAt.getTime()).toBeLessThanOrEqual(first.rows.at(-1)!.updatedAt.getTime());
  });
});
