import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { decideCorrection, decideTransition } from '@/lib/workflow';
import { addActor, freshDatabase, oneParagraph } from '../testing/fresh-database';

const db = await freshDatabase('corrections');
const schema = await import('../schema');
const { createArticle } = await import('./article-content');
const { getRevisionAtVersion, listRevisions } = await import('./article-revisions');
const { transitionArticle } = await import('./article-workflow');
const { getEditorArticle } = await import('./editor-article');
const corrections = await import('./corrections');
const embargo = await import('./embargo');
const { listPublicArticlesPage } = await import('./public-lists');
const { getPublicArticle } = await import('./public-article');

const writer = await addActor(db, 'w@example.org', 'writer');
const reviewer = await addActor(db, 'r@example.org', 'reviewer');
const body = oneParagraph;
const hour = 60 * 60 * 1000;

/** A release published an hour ago, in Arabic, with the given text. */
function publishedRelease(slug: string, text: string) {
  const { id } = createArticle({ actor: writer, input: { locale: 'ar', title: slug, body: body(text), datelineCity: 'جدة', source: 'يونا' } });
  db.update(schema.articles).set({ slug, status: 'published', publishAt: new Date(Date.now() - hour), publishedAt: new Date(Date.now() - hour) }).where(eq(schema.articles.id, id)).run();
  return id;
}

/** Starts a correction as the writer, rewrites its text, submits it; returns it as the reviewer sees it. */
function submittedCorrection(articleId: number, text: string) {
  corrections.startCorrection({ actor: writer, articleId });
  const copy = corrections.getOpenCorrection({ articleId })!;
  const saved = corrections.saveCorrection({
    actor: writer,
    correction: copy,
    slug: 'ignored',
    baseVersion: copy.version,
    kind: 'save',
    edit: { title: copy.title, summary: '', body: body(text), datelineCity: 'جدة', source: 'يونا', categoryId: null, tags: ['تصحيح'], featuredMediaId: null },
  });
  expect(saved).toMatchObject({ status: 'saved', version: 2 });
  const decision = decideCorrection({ actor: writer, correction: copy, action: 'submit', now: new Date() });
  if (!decision.ok) throw new Error(decision.reason);
  corrections.transitionCorrection({ actor: writer, correction: copy, article: { id: articleId, authorId: writer.id }, action: 'submit', decision });
  return corrections.getOpenCorrection({ articleId })!;
}

const liveText = (slug: string) => JSON.stringify(getPublicArticle({ locale: 'ar', slug })?.body);

describe('corrections of a published release', () => {
  it('keeps the live text online, unchanged, while the copy is edited and reviewed', () => {
    const id = publishedRelease('live-stays', 'بلغ عدد المشاركين 120');
    const copy = submittedCorrection(id, 'بلغ عدد المشاركين 210');
    expect(copy.status).toBe('in_review');
    expect(liveText('live-stays')).toContain('120');
    expect(getEditorArticle({ id })).toMatchObject({ version: 1, status: 'published' });
    // A translation's "source changed" diff reads the live line only, never the copy's revisions.
    expect(JSON.stringify(getRevisionAtVersion({ articleId: id, version: 2 })?.body)).toContain('120');
  });

  it('applies an approved correction at once: new text, version, "Updated" date, note and live revision', () => {
    const id = publishedRelease('corrected-now', 'بلغ عدد المشاركين 120');
    const copy = submittedCorrection(id, 'بلغ عدد المشاركين 210');
    const now = new Date();
    const decision = decideCorrection({ actor: reviewer, correction: copy, action: 'approve', now, kind: 'correction', note: 'صُحّح عدد المشاركين' });
    if (!decision.ok) throw new Error(decision.reason);
    corrections.transitionCorrection({ actor: reviewer, correction: copy, article: { id, authorId: writer.id }, action: 'approve', decision, now });

    expect(liveText('corrected-now')).toContain('210');
    expect(getEditorArticle({ id })).toMatchObject({ version: 2, tags: ['تصحيح'] });
    expect(getPublicArticle({ locale: 'ar', slug: 'corrected-now' })?.revisedAt?.getTime()).toBe(now.getTime());
    expect(corrections.listCorrectionNotes({ articleId: id })).toEqual([{ note: 'صُحّح عدد المشاركين', appliedAt: now }]);
    expect(corrections.getOpenCorrection({ articleId: id })).toBeNull();
    expect(listRevisions({ articleId: id })[0]).toMatchObject({ reason: 'correction', version: 2, correctionId: null });
    const audit = db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.entityId, String(id))).all().map((row) => row.action);
    expect(audit).toEqual(expect.arrayContaining(['correction.start', 'correction.save', 'correction.submit', 'correction.approve', 'correction.apply']));
  });

  it('applies a scheduled correction only once its time has come, without anyone acting', () => {
    const id = publishedRelease('corrected-later', 'الموعد يوم الأحد');
    const copy = submittedCorrection(id, 'الموعد يوم الاثنين');
    const now = new Date();
    const applyAt = new Date(now.getTime() + hour);
    const decision = decideCorrection({ actor: reviewer, correction: copy, action: 'approve', now, kind: 'updated', applyAt });
    if (!decision.ok) throw new Error(decision.reason);
    corrections.transitionCorrection({ actor: reviewer, correction: copy, article: { id, authorId: writer.id }, action: 'approve', decision, now });

    expect(corrections.applyDueCorrections(now)).toEqual([]);
    expect(liveText('corrected-later')).toContain('الأحد');
    expect(corrections.applyDueCorrections(applyAt)).toEqual([{ locale: 'ar', translationGroupId: expect.any(String) }]);
    expect(liveText('corrected-later')).toContain('الاثنين');
    expect(getPublicArticle({ locale: 'ar', slug: 'corrected-later' })?.revisedAt?.getTime()).toBe(applyAt.getTime());
    expect(corrections.listCorrectionNotes({ articleId: id })).toEqual([]);
    expect(corrections.applyDueCorrections(applyAt)).toEqual([]);
  });

  it('drops a pending correction when its release is unpublished: its time coming, or a later approval, changes nothing', () => {
    const id = publishedRelease('unpublished-with-copy', 'الموعد يوم الأحد');
    const copy = submittedCorrection(id, 'الموعد يوم الاثنين');
    const now = new Date();
    const applyAt = new Date(now.getTime() + hour);
    const approval = decideCorrection({ actor: reviewer, correction: copy, action: 'approve', now, kind: 'updated', applyAt });
    if (!approval.ok) throw new Error(approval.reason);
    corrections.transitionCorrection({ actor: reviewer, correction: copy, article: { id, authorId: writer.id }, action: 'approve', decision: approval, now });
    const article = getEditorArticle({ id })!;
    const unpublish = decideTransition({ actor: reviewer, article, action: 'unpublish', now });
    if (!unpublish.ok) throw new Error(unpublish.reason);
    transitionArticle({ actor: reviewer, article, action: 'unpublish', decision: unpublish });

    expect(corrections.getOpenCorrection({ articleId: id })).toBeNull();
    expect(corrections.applyDueCorrections(applyAt)).toEqual([]);
    expect(JSON.stringify(getEditorArticle({ id })?.body)).toContain('الأحد');
    const audit = db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'correction.discardAll')).all();
    expect(audit.map((entry) => entry.entityId)).toContain(String(id));
  });

  it('starts at most one open correction per release', () => {
    const id = publishedRelease('one-copy', 'نص');
    const first = corrections.startCorrection({ actor: writer, articleId: id });
    expect(corrections.startCorrection({ actor: reviewer, articleId: id })).toEqual({ id: first.id, created: false });
  });
});

describe('withdrawal', () => {
  it('takes the release off every list and revokes its embargo and preview links in the same transaction', () => {
    const id = publishedRelease('withdrawn-one', 'نص سيُسحب');
    const future = new Date(Date.now() + hour);
    embargo.createEmbargoLink({ actor: reviewer, articleId: id, token: 'e1', expiresAt: future });
    embargo.createEmbargoLink({ actor: writer, articleId: id, token: 'p1', expiresAt: future, kind: 'preview', revisionId: corrections.editedRevisionId({ articleId: id }) });
    const article = getEditorArticle({ id })!;
    const decision = decideTransition({ actor: reviewer, article, action: 'withdraw', now: new Date() });
    if (!decision.ok) throw new Error(decision.reason);
    transitionArticle({ actor: reviewer, article, action: 'withdraw', decision, reason: '  أمر قضائي  ' });

    expect(listPublicArticlesPage({ locale: 'ar', pageSize: 50 }).items.map((item) => item.slug)).not.toContain('withdrawn-one');
    expect(getEditorArticle({ id })).toMatchObject({ status: 'withdrawn', withdrawalReason: 'أمر قضائي' });
    expect(embargo.getEmbargoedArticle({ token: 'e1' })?.revokedAt).toBeInstanceOf(Date);
    expect(embargo.getPreviewedRevision({ token: 'p1' })?.revokedAt).toBeInstanceOf(Date);
    // A preview token never opens through the embargo query, nor the other way round.
    expect(embargo.getEmbargoedArticle({ token: 'p1' })).toBeNull();
    expect(embargo.getPreviewedRevision({ token: 'e1' })).toBeNull();
  });
});
