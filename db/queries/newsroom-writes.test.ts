import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import { decideTransition, type WorkflowAction } from '@/lib/workflow';
import { addActor, freshDatabase, oneParagraph } from '../testing/fresh-database';

const db = await freshDatabase('newsroom-writes');
const schema = await import('../schema');
const { createArticle, saveArticle } = await import('./article-content');
const { listRevisions } = await import('./article-revisions');
const { transitionArticle } = await import('./article-workflow');
const { getEditorArticle, listTagNames } = await import('./editor-article');
const embargo = await import('./embargo');
const mediaQueries = await import('./media');
const { findRedirect } = await import('./redirects');

const writer = await addActor(db, 'w@example.org', 'writer');
const reviewer = await addActor(db, 'r@example.org', 'reviewer');
const body = oneParagraph;
const edit = (title: string, text: string) => ({ title, slug: '', summary: '', body: body(text), datelineCity: 'جدة', source: 'يونا', categoryId: null, tags: ['قمة', 'قمة', 'تعاون'], publishAt: null, featuredMediaId: null });

describe('newsroom queries', () => {
  it('creates drafts with unique slugs per language and a first revision', () => {
    const first = createArticle({ actor: writer, input: { locale: 'ar', title: 'القمة العربية', body: body(''), datelineCity: '', source: '' } });
    const second = createArticle({ actor: writer, input: { locale: 'ar', title: 'القمة العربية', body: body(''), datelineCity: '', source: '' } });
    expect(first.slug).toBe('القمة-العربية');
    expect(second.slug).toBe('القمة-العربية-2');
    expect(listRevisions({ articleId: first.id })).toHaveLength(1);
  });

  it('coalesces autosaves, refuses a stale save with the current text, and keeps tags unique', () => {
    const { id } = createArticle({ actor: writer, input: { locale: 'ar', title: 'بيان', body: body(''), datelineCity: '', source: '' } });
    const at = new Date();
    const one = saveArticle({ actor: writer, id, baseVersion: 1, kind: 'autosave', edit: { ...edit('بيان', 'أ'), slug: 'بيان' }, now: at });
    const two = saveArticle({ actor: writer, id, baseVersion: 2, kind: 'autosave', edit: { ...edit('بيان', 'أب'), slug: 'بيان' }, now: new Date(at.getTime() + 5_000) });
    expect(one).toMatchObject({ status: 'saved', version: 2 });
    expect(two).toMatchObject({ status: 'saved', version: 3 });
    expect(listRevisions({ articleId: id }).map((revision) => revision.reason)).toEqual(['autosave', 'create']);

    const stale = saveArticle({ actor: reviewer, id, baseVersion: 2, kind: 'save', edit: { ...edit('بيان آخر', 'ج'), slug: 'بيان' } });
    expect(stale).toMatchObject({ status: 'conflict', current: { version: 3, title: 'بيان', body: body('أب') } });
    expect(getEditorArticle({ id })).toMatchObject({ version: 3, title: 'بيان', tags: ['تعاون', 'قمة'] });
  });

  it('applies a transition with its audit entry and notifies the reviewers', () => {
    const { id } = createArticle({ actor: writer, input: { locale: 'en', title: 'Statement', body: body('x'), datelineCity: '', source: '' } });
    const article = getEditorArticle({ id })!;
    const decision = decideTransition({ actor: writer, article, action: 'submit', now: new Date() });
    if (!decision.ok) throw new Error('submit refused');
    expect(transitionArticle({ actor: writer, article, action: 'submit', decision })).toEqual({ changed: true });
    // The same decision again finds the state moved on and changes nothing.
    expect(transitionArticle({ actor: writer, article, action: 'submit', decision })).toEqual({ changed: false });
    expect(getEditorArticle({ id })?.status).toBe('in_review');
    const notes = db.select().from(schema.notifications).all().filter((note) => note.articleId === id);
    expect(notes.map((note) => [note.userId, note.kind])).toEqual([[reviewer.id, 'submitted']]);
    const audit = db.select().from(schema.auditLog).all().filter((entry) => entry.entityId === String(id) && entry.action === 'article.submit');
    expect(audit).toHaveLength(1);
  });

  it('sends an approved article back to its writer as a draft they can edit again', () => {
    const { id } = createArticle({ actor: writer, input: { locale: 'fr', title: 'Communiqué', body: body('x'), datelineCity: '', source: '' } });
    const step = (actor: Actor, action: 'submit' | 'approve' | 'reopen') => {
      const article = getEditorArticle({ id })!;
      const decision = decideTransition({ actor, article, action, now: new Date() });
      if (!decision.ok) throw new Error(`${action} refused: ${decision.reason}`);
      return transitionArticle({ actor, article, action, decision });
    };
    step(writer, 'submit');
    step(reviewer, 'approve');
    expect(step(reviewer, 'reopen')).toEqual({ changed: true });
    expect(getEditorArticle({ id })?.status).toBe('draft');
    const notes = db.select().from(schema.notifications).all().filter((note) => note.articleId === id && note.kind === 'reopened');
    expect(notes.map((note) => note.userId)).toEqual([writer.id]);
    const audit = db.select().from(schema.auditLog).all().filter((entry) => entry.entityId === String(id) && entry.action === 'article.reopen');
    expect(audit.map((entry) => [entry.fromStatus, entry.toStatus])).toEqual([['approved', 'draft']]);
  });

  it('revokes every live embargo link of an article in the transaction that sends it back to draft or takes it down', () => {
    const { id } = createArticle({ actor: writer, input: { locale: 'ar', title: 'بيان محظور', body: body('نص'), datelineCity: '', source: '' } });
    const step = (actor: Actor, action: 'submit' | 'approve' | 'publish' | 'unpublish' | 'reopen') => {
      const article = getEditorArticle({ id })!;
      const decision = decideTransition({ actor, article, action, now: new Date() });
      if (!decision.ok) throw new Error(`${action} refused: ${decision.reason}`);
      return transitionArticle({ actor, article, action, decision });
    };
    const link = (token: string) => embargo.createEmbargoLink({ actor: reviewer, articleId: id, token, expiresAt: new Date(Date.now() + 86_400_000) }).id;
    const liveLinks = () => embargo.listEmbargoLinks({ articleId: id }).filter((entry) => entry.revokedAt === null);
    const revocations = () => db.select().from(schema.auditLog).all().filter((entry) => entry.entityId === String(id) && entry.action === 'embargoLink.revokeAll');

    step(writer, 'submit');
    step(reviewer, 'approve');
    const first = link('tok-approved-1');
    const second = link('tok-approved-2');
    step(reviewer, 'reopen');
    expect(liveLinks()).toEqual([]);
    expect(revocations().map((entry) => entry.details)).toEqual([{ linkIds: [second, first].sort((a, b) => a - b), reason: 'reopen' }]);

    step(writer, 'submit');
    step(reviewer, 'approve');
    step(reviewer, 'publish');
    link('tok-published');
    step(reviewer, 'unpublish');
    expect(liveLinks()).toEqual([]);
    expect(revocations().map((entry) => (entry.details as { reason: string }).reason)).toEqual(['reopen', 'unpublish']);
  });

  it('freezes the texts of the images on approval, so a later library edit reaches readers only through another approval', () => {
    const image = db
      .insert(schema.media)
      .values({ contentHash: 'f'.repeat(64), mimeType: 'image/jpeg', width: 10, height: 10, bytes: 10, credit: 'UNA', uploadedBy: writer.id })
      .returning({ id: schema.media.id })
      .get().id;
    mediaQueries.updateMediaDetails({ actor: writer, id: image, credit: 'UNA', texts: { ar: { alt: 'الوفد', caption: 'تعليق أول' } } });
    const { id } = createArticle({ actor: writer, input: { locale: 'ar', title: 'بيان مصور', body: body('نص'), datelineCity: '', source: '' } });
    saveArticle({ actor: writer, id, baseVersion: 1, kind: 'save', edit: { ...edit('بيان مصور', 'نص'), slug: 'بيان-مصور', featuredMediaId: image } });
    const reviewed = () => mediaQueries.getArticleImages({ article: getEditorArticle({ id })!, texts: 'reviewed' }).featured?.caption;
    for (const [actor, action] of [[writer, 'submit'], [reviewer, 'approve']] as const) {
      const article = getEditorArticle({ id })!;
      const decision = decideTransition({ actor, article, action, now: new Date() });
      if (!decision.ok) throw new Error(`${action} refused`);
      transitionArticle({ actor, article, action, decision });
    }
    expect(reviewed()).toBe('تعليق أول');
    mediaQueries.updateMediaDetails({ actor: writer, id: image, credit: 'UNA', texts: { ar: { alt: 'الوفد', caption: 'تعليق لم يراجعه أحد' } } });
    expect(reviewed()).toBe('تعليق أول');
  });

  it("suggests to a writer only the tags of public articles and of their own, never of a colleague's draft", () => {
    const { id } = createArticle({ actor: reviewer, input: { locale: 'en', title: 'Secret summit', body: body('x'), datelineCity: '', source: '' } });
    saveArticle({ actor: reviewer, id, baseVersion: 1, kind: 'save', edit: { ...edit('Secret summit', 'x'), slug: 'secret-summit', tags: ['unannounced-visit'] } });
    const mine = createArticle({ actor: writer, input: { locale: 'en', title: 'My note', body: body('x'), datelineCity: '', source: '' } });
    saveArticle({ actor: writer, id: mine.id, baseVersion: 1, kind: 'save', edit: { ...edit('My note', 'x'), slug: 'my-note', tags: ['my-tag'] } });
    expect(listTagNames({ viewer: writer, locale: 'en' })).toEqual(['my-tag']);
    expect(listTagNames({ viewer: reviewer, locale: 'en' })).toEqual(['my-tag', 'unannounced-visit']);
  });
});

const renameEdit = (slug: string) => ({ title: 'قمة الرياض', slug, summary: '', body: body('نص'), datelineCity: '', source: '', categoryId: null, tags: [], publishAt: null, featuredMediaId: null });
function walk(id: number, steps: readonly (readonly [Actor, WorkflowAction])[]) {
  for (const [actor, action] of steps) {
    const current = getEditorArticle({ id })!;
    const decision = decideTransition({ actor, article: current, action, now: new Date() });
    if (!decision.ok) throw new Error(`${action}: ${decision.reason}`);
    transitionArticle({ actor, article: current, action, decision });
  }
}
const publish = (id: number) => walk(id, [[writer, 'submit'], [reviewer, 'approve'], [reviewer, 'publish']]);
// The way a live release is corrected today: unpublish, back to the writer's draft.
const unpublish = (id: number) => walk(id, [[reviewer, 'unpublish'], [writer, 'reopen']]);

const rename = (id: number, slug: string) => {
  const { version } = getEditorArticle({ id })!;
  return saveArticle({ actor: writer, id, baseVersion: version, kind: 'save', edit: renameEdit(slug) });
};

describe('moved addresses', () => {
  it('answers every old address of a renamed release with its current one, in one hop', () => {
    const { id, slug: first } = createArticle({ actor: writer, input: { locale: 'ar', title: 'قمة الرياض', body: body('نص'), datelineCity: '', source: '' } });
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
    const { id } = createArticle({ actor: writer, input: { locale: 'en', title: 'Summit', body: body('text'), datelineCity: '', source: '' } });
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
    const other = createArticle({ actor: writer, input: { locale: 'en', title: 'Summit B', body: body('text'), datelineCity: '', source: '' } });
    expect(other.slug).toBe('summit-b');
    expect(findRedirect({ key: '/en/news/summit-b' })).toBeNull();
    expect(findRedirect({ key: '/en/news/summit-a' })).toBe('/en/news/summit-c');
  });
});
