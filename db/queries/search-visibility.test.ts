import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import { parseSearchQuery } from '@/lib/search-text';
import { decideTransition, type WorkflowAction } from '@/lib/workflow';
import { addActor, freshDatabase, oneParagraph } from '../testing/fresh-database';
import type { EditorArticle } from './editor-article';

const db = await freshDatabase('search-visibility');
const { articles } = await import('../schema');
const { createArticle, saveArticle } = await import('./article-content');
const { transitionArticle } = await import('./article-workflow');
const { getEditorArticle } = await import('./editor-article');
const { searchPublicArticles } = await import('./public-search');

const writer = await addActor(db, 'w@example.org', 'writer');
const reviewer = await addActor(db, 'r@example.org', 'reviewer');
const body = oneParagraph;
/** Words each article may hold; every article also holds the shared word, so one query sees them all. */
const words = ['المؤتمر', 'الوسطاء', 'ECOWAS', 'conférence', '٢٠٢٦'];
const shared = 'بيان';

/** Slugs search returns for a query, every page of it. */
function found(query: string): string[] {
  const parsed = parseSearchQuery(query);
  const result = searchPublicArticles({ language: 'ar', match: parsed.match!, strictMatch: parsed.strictMatch, pageSize: 100 });
  expect(result.total).toBe(result.items.length);
  return result.items.map((hit) => hit.slug).sort();
}

type Facts = Pick<EditorArticle, 'id' | 'authorId' | 'lastEditorId' | 'status' | 'locale'>;

/** One workflow step as the server action takes it: decided by lib/workflow.ts, applied in one transaction. */
function act(article: Facts, action: WorkflowAction, actor: Actor, now: Date): Facts {
  const decision = decideTransition({ actor, article, action, now });
  if (!decision.ok) throw new Error(`${action} refused: ${decision.reason}`);
  expect(transitionArticle({ actor, article, action, decision, now }).changed).toBe(true);
  return { ...article, status: decision.to };
}

describe('search returns exactly the visible articles', () => {
  it('through a seeded run of creates, edits, publishes, unpublishes and deletes', () => {
    // A fixed pseudo-random walk: the same steps on every run, a different mix per article.
    let seed = 20260;
    const random = () => ((seed = (seed * 48271) % 2147483647) % 1000) / 1000;
    const model = new Map<number, { slug: string; text: string; visible: boolean }>();
    const check = () => {
      for (const word of [shared, ...words]) {
        const expected = [...model.values()].filter((entry) => entry.visible && (word === shared || entry.text.includes(word))).map((entry) => entry.slug).sort();
        expect(found(word), `search for ${word}`).toEqual(expected);
      }
    };

    const done = { create: 0, edit: 0, publish: 0, unpublish: 0, delete: 0 };
    for (let step = 0; step < 60; step += 1) {
      const now = new Date();
      const ids = [...model.keys()];
      const roll = random();
      if (ids.length < 4 || roll < 0.25) {
        const text = `${shared} ${words.filter(() => random() < 0.5).join(' ')}`;
        const created = createArticle({ actor: writer, input: { locale: 'ar', title: `${shared} ${step}`, body: body(text), datelineCity: '', source: '' } });
        model.set(created.id, { slug: created.slug, text, visible: false });
        done.create += 1;
      } else {
        const id = ids[Math.floor(random() * ids.length)]!;
        const entry = model.get(id)!;
        const article = getEditorArticle({ id })!;
        if (roll < 0.45) {
          // An edit changes which words the article holds; a published one stays published.
          const text = `${shared} ${words.filter(() => random() < 0.5).join(' ')}`;
          const saved = saveArticle({ actor: writer, id, baseVersion: article.version, kind: 'save', edit: { title: article.title, slug: entry.slug, summary: '', body: body(text), datelineCity: '', source: '', categoryId: null, tags: [], publishAt: article.publishAt, featuredMediaId: null } });
          expect(saved.status).toBe('saved');
          model.set(id, { ...entry, text });
          done.edit += 1;
        } else if (roll < 0.8 && article.status !== 'published') {
          // A draft goes through review (submit, approve) before it is published; a withdrawn one is published again.
          let facts: Facts = article;
          if (facts.status === 'draft') facts = act(act(facts, 'submit', writer, now), 'approve', reviewer, now);
          act(facts, 'publish', reviewer, now);
          model.set(id, { ...entry, visible: true });
          done.publish += 1;
        } else if (roll < 0.9 && article.status === 'published') {
          act(article, 'unpublish', reviewer, now);
          model.set(id, { ...entry, visible: false });
          done.unpublish += 1;
        } else {
          db.delete(articles).where(eq(articles.id, id)).run();
          model.delete(id);
          done.delete += 1;
        }
      }
      check();
    }
    // The walk took every kind of step, and ends with visible and hidden articles side by side.
    for (const [kind, count] of Object.entries(done)) expect(count, kind).toBeGreaterThan(1);
    expect([...model.values()].some((entry) => entry.visible)).toBe(true);
    expect([...model.values()].some((entry) => !entry.visible)).toBe(true);
  });
});
