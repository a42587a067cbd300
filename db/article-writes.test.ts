import { eq, like } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { searchColumnsFor } from '@/lib/search-text';
import { decideCorrection, decideTransition, type WorkflowAction } from '@/lib/workflow';
import { addActor, freshDatabase, oneParagraph } from './testing/fresh-database';

const db = await freshDatabase('article-writes');
const { articles } = await import('./schema');
const { onArticleWrite } = await import('./article-writes');
const [{ createArticle, saveArticle }, { transitionArticle }, { getEditorArticle }] = await Promise.all([import('./queries/article-content'), import('./queries/article-workflow'), import('./queries/editor-article')]);
const corrections = await import('./queries/corrections');
const { setArticleExpiry } = await import('./queries/release-lifetime');
const { writeImportedPost } = await import('./queries/wordpress-import');
const { seedDemoContent } = await import('../scripts/seed-demo');

const writer = await addActor(db, 'w@example.org', 'writer');
const reviewer = await addActor(db, 'r@example.org', 'reviewer');

// What a listener (the app's cache expiry) hears: every write announces itself.
const heard: { articleId: number; status: string; previousStatus: string | null }[] = [];
afterAll(onArticleWrite('test', ({ articleId, status, previousStatus }) => heard.push({ articleId, status, previousStatus })));

/** Search columns no write would leave: a path that forgets the after-write step keeps them. */
function staleSearchText(id: number) {
  db.update(articles).set({ searchTitle: 'stale', searchBody: 'stale', searchVersion: 0 }).where(eq(articles.id, id)).run();
}

/** The article's search columns are those its current text gives. */
function expectFreshSearchText(id: number) {
  const row = db.select().from(articles).where(eq(articles.id, id)).get()!;
  expect({ searchTitle: row.searchTitle, searchBody: row.searchBody, searchVersion: row.searchVersion }).toEqual(searchColumnsFor(row));
  expect(row.searchBody).not.toBe('stale');
}

/** Fresh search text, and a listener heard of the write last. */
function expectAfterWriteRan(id: number, status: string, previousStatus: string | null) {
  expectFreshSearchText(id);
  expect(heard.at(-1)).toEqual({ articleId: id, status, previousStatus });
}

function step(id: number, action: WorkflowAction, actor = reviewer) {
  const article = getEditorArticle({ id })!;
  const decision = decideTransition({ actor, article, action, now: new Date() });
  if (!decision.ok) throw new Error(decision.reason);
  expect(transitionArticle({ actor, article, action, decision }).changed).toBe(true);
}

describe('every article write runs the after-write step', () => {
  let id = 0;

  it('create', () => {
    id = createArticle({ actor: writer, input: { locale: 'ar', title: 'القمة العربية', body: oneParagraph('انطلقت أعمال القمة في جدة'), datelineCity: 'جدة', source: 'يونا' } }).id;
    expectAfterWriteRan(id, 'draft', null);
  });

  it('save', () => {
    staleSearchText(id);
    const edit = { title: 'القمة العربية الطارئة', slug: '', summary: 'ملخص', body: oneParagraph('اختتمت القمة أعمالها'), datelineCity: 'جدة', source: 'يونا', categoryId: null, tags: ['قمة'], publishAt: null, featuredMediaId: null };
    expect(saveArticle({ actor: writer, id, baseVersion: getEditorArticle({ id })!.version, kind: 'save', edit }).status).toBe('saved');
    expectAfterWriteRan(id, 'draft', 'draft');
  });

  it('each workflow step, publish included', () => {
    for (const [action, actor, from, to] of [
      ['submit', writer, 'draft', 'in_review'],
      ['approve', reviewer, 'in_review', 'approved'],
      ['publish', reviewer, 'approved', 'published'],
    ] as const) {
      staleSearchText(id);
      step(id, action, actor);
      expectAfterWriteRan(id, to, from);
    }
  });

  it('setting an expiry', () => {
    staleSearchText(id);
    setArticleExpiry({ actor: reviewer, articleId: id, expiresAt: new Date(Date.now() + 86_400_000) });
    expectAfterWriteRan(id, 'published', 'published');
  });

  it('a correction applied on approval, and one applied when its time comes', () => {
    for (const applyAt of [null, new Date(Date.now() + 60_000)]) {
      corrections.startCorrection({ actor: writer, articleId: id });
      const copy = corrections.getOpenCorrection({ articleId: id })!;
      const edit = { title: copy.title, summary: '', body: oneParagraph(`نص مصحح ${applyAt ? 'لاحقاً' : 'فوراً'}`), datelineCity: 'جدة', source: 'يونا', categoryId: null, tags: [], featuredMediaId: null };
      corrections.saveCorrection({ actor: writer, correction: copy, slug: 'x', baseVersion: copy.version, kind: 'save', edit });
      const article = { id, authorId: writer.id };
      for (const [action, actor] of [['submit', writer], ['approve', reviewer]] as const) {
        const open = corrections.getOpenCorrection({ articleId: id })!;
        const decision = decideCorrection({ actor, correction: open, action, now: new Date(), kind: 'updated', applyAt });
        if (!decision.ok) throw new Error(decision.reason);
        staleSearchText(id);
        corrections.transitionCorrection({ actor, correction: open, article, action, decision });
      }
      if (applyAt) {
        expect(db.select().from(articles).where(eq(articles.id, id)).get()!.searchVersion).toBe(0);
        expect(corrections.applyDueCorrections(new Date(applyAt.getTime() + 1))).toHaveLength(1);
      }
      expect(db.select().from(articles).where(eq(articles.id, id)).get()!.searchBody).toContain(applyAt ? 'لاحق' : 'فور');
      expectAfterWriteRan(id, 'published', 'published');
    }
  });

  it('a WordPress import, new and again over the same post', () => {
    const post = {
      guid: 'https://old.example.org/?p=7',
      postId: 7,
      locale: 'fr' as const,
      slug: 'sommet',
      title: 'Le sommet de Djeddah',
      summary: '',
      body: oneParagraph('Les ministres se sont réunis.'),
      status: 'draft' as const,
      publishAt: null,
      createdAt: new Date('2020-01-01'),
      modifiedAt: new Date('2020-01-02'),
      authorId: writer.id,
      categoryId: null,
      featuredMediaId: null,
      tags: [],
      translationGroupId: null,
      oldAddresses: [],
    };
    const first = writeImportedPost({ post, existingId: null });
    expectAfterWriteRan(first.articleId, 'draft', null);
    staleSearchText(first.articleId);
    writeImportedPost({ post: { ...post, status: 'published', publishAt: new Date('2020-01-01'), body: oneParagraph('Les ministres ont signé.') }, existingId: first.articleId });
    expectAfterWriteRan(first.articleId, 'published', 'draft');
  });

  it('the demo seed', async () => {
    const before = heard.length;
    await seedDemoContent(db);
    const seeded = heard.slice(before);
    const demoIds = db.select({ id: articles.id }).from(articles).where(like(articles.translationGroupId, 'demo-%')).all().map((row) => row.id);
    expect(demoIds.length).toBeGreaterThan(10);
    expect(seeded.map((write) => write.articleId).sort((a, b) => a - b)).toEqual(demoIds.sort((a, b) => a - b));
    expect(seeded.every((write) => write.previousStatus === null)).toBe(true);
    for (const articleId of demoIds) expectFreshSearchText(articleId);
  });
});
