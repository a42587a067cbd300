import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addActor, freshDatabase, oneParagraph } from '@/db/testing/fresh-database';
import { decideTransition, type WorkflowAction } from '@/lib/workflow';

// Next's cache is replaced by a recorder: the test asks which tags an action expired.
vi.mock('next/cache', () => ({ revalidateTag: vi.fn(), unstable_cache: vi.fn() }));

const db = await freshDatabase('article-cache-expiry');
const { revalidateTag } = await import('next/cache');
const { expiringPublicPages } = await import('./article-cache-expiry');
const [{ createArticle }, { transitionArticle }, { getEditorArticle }] = await Promise.all([import('@/db/queries/article-content'), import('@/db/queries/article-workflow'), import('@/db/queries/editor-article')]);

const writer = await addActor(db, 'w@example.org', 'writer');
const reviewer = await addActor(db, 'r@example.org', 'reviewer');
const expired = () => vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);
beforeEach(() => vi.mocked(revalidateTag).mockClear());

function step(id: number, action: WorkflowAction, actor = reviewer) {
  const article = getEditorArticle({ id })!;
  const decision = decideTransition({ actor, article, action, now: new Date() });
  if (!decision.ok) throw new Error(decision.reason);
  transitionArticle({ actor, article, action, decision });
}

describe('public pages expire because an article was written, not because an action asked', () => {
  it('an action that publishes expires its language, its release and the sitemap; steps readers cannot see expire nothing', async () => {
    const { id } = await expiringPublicPages(() => createArticle({ actor: writer, input: { locale: 'ar', title: 'بيان ختامي', body: oneParagraph('نص'), datelineCity: 'جدة', source: 'يونا' } }));
    await expiringPublicPages(() => step(id, 'submit', writer));
    await expiringPublicPages(() => step(id, 'approve'));
    expect(expired()).toEqual([]);

    await expiringPublicPages(() => step(id, 'publish'));
    const group = getEditorArticle({ id })!.translationGroupId;
    expect(expired()).toEqual(['public:ar', `public:group:${group}`, 'public:sitemap']);

    vi.mocked(revalidateTag).mockClear();
    await expiringPublicPages(() => step(id, 'unpublish'));
    expect(expired()).toEqual(['public:ar', `public:group:${group}`, 'public:sitemap']);
  });

  it('a write outside an action (a render, a script) expires nothing: Next refuses it during a render', () => {
    const { id } = createArticle({ actor: writer, input: { locale: 'fr', title: 'Communiqué', body: oneParagraph('Texte'), datelineCity: 'Dakar', source: 'APS' } });
    step(id, 'submit', writer);
    step(id, 'approve');
    step(id, 'publish');
    expect(getEditorArticle({ id })!.status).toBe('published');
    expect(expired()).toEqual([]);
  });
});
