import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { relatedListLifetime } from '@/lib/related';
import { bodyFromParagraphs } from '@/lib/render';
import { searchColumnsFor } from '@/lib/search-text';
import { freshDatabase } from '../testing/fresh-database';

const db = await freshDatabase('related');
const { articles, relatedArticles, users } = await import('../schema');
const { afterArticleWrite } = await import('../article-writes');
const { listRelatedArticles } = await import('./related-articles');

const now = new Date();
const hour = 60 * 60 * 1000;
let authorId = 0;
const ids: Record<string, number> = {};

function insert(slug: string, title: string, text: string, publishAt = new Date(now.getTime() - hour), expiresAt: Date | null = null) {
  const body = bodyFromParagraphs([text]);
  ids[slug] = db
    .insert(articles)
    .values({ translationGroupId: slug, locale: 'ar', slug, title, body, ...searchColumnsFor({ title, summary: '', body }), authorId, status: 'published', publishAt, expiresAt })
    .returning({ id: articles.id })
    .get().id;
}

const slugsOf = (cards: { slug: string }[]) => cards.map((card) => card.slug);
const stored = (slug: string) =>
  db.select({ relatedId: relatedArticles.relatedId, computedAt: relatedArticles.computedAt }).from(relatedArticles).where(eq(relatedArticles.articleId, ids[slug]!)).orderBy(asc(relatedArticles.position)).all();
// Every test but the first starts from no stored list, as after a migration.
const forgetStoredLists = () => db.run(sql`DELETE FROM related_articles`);
const slugById = () => new Map(Object.entries(ids).map(([slug, id]) => [id, slug]));

beforeAll(() => {
  authorId = db.insert(users).values({ email: 'r@example.org', name: 'R', passwordHash: 'x' }).returning({ id: users.id }).get().id;
  insert('water-main', 'مشروع مياه الشرب في القرى', 'افتتح مشروع لتحلية مياه الشرب في القرى الريفية');
  for (let i = 0; i < 7; i += 1) insert(`water-${i}`, `مياه الشرب في القرى ${i}`, `مشروع مياه الشرب والآبار في القرى رقم ${i}`, new Date(now.getTime() - (i + 2) * hour));
  for (let i = 0; i < 3; i += 1) insert(`football-${i}`, `بطولة كرة القدم ${i}`, 'مباراة نهائية في كرة القدم');
  insert('football-expiring', 'بطولة كرة القدم للناشئين', 'مباراة نهائية في كرة القدم للناشئين', new Date(now.getTime() - 10 * hour), new Date(now.getTime() + hour));
  for (let i = 0; i < 3; i += 1) insert(`clinic-${i}`, `قافلة طبية إلى المناطق النائية ${i}`, 'عيادات متنقلة وأدوية للمناطق النائية');
});

describe('related news served from the stored list', () => {
  it('stores the ranked list on first view, in the order shown, and serves it unchanged after', () => {
    const first = listRelatedArticles({ articleId: ids['water-main']!, now });
    expect(first).toHaveLength(6);
    expect(slugsOf(first).every((slug) => slug.startsWith('water-'))).toBe(true);
    const rows = stored('water-main');
    expect(rows.map((row) => slugById().get(row.relatedId))).toEqual(slugsOf(first));

    const later = new Date(now.getTime() + hour);
    expect(slugsOf(listRelatedArticles({ articleId: ids['water-main']!, now: later }))).toEqual(slugsOf(first));
    // Served, not ranked again: the stored rows kept their time.
    expect(stored('water-main').map((row) => row.computedAt.getTime())).toEqual(rows.map((row) => row.computedAt.getTime()));
  });

  it('ranks again when an entry stops being public, so the list keeps its length without it', () => {
    const before = slugsOf(listRelatedArticles({ articleId: ids['water-main']!, now }));
    const withdrawn = before[0]!;
    db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, ids[withdrawn]!)).run();
    const after = slugsOf(listRelatedArticles({ articleId: ids['water-main']!, now }));
    expect(after).not.toContain(withdrawn);
    expect(after).toHaveLength(6);
    expect(stored('water-main').map((row) => slugById().get(row.relatedId))).toEqual(after);
    db.update(articles).set({ status: 'published' }).where(eq(articles.id, ids[withdrawn]!)).run();
  });

  it('drops an entry whose expiry time has passed, with no write announcing it', () => {
    forgetStoredLists();
    const shown = slugsOf(listRelatedArticles({ articleId: ids['football-1']!, now }));
    expect(shown).toContain('football-expiring');
    const afterExpiry = slugsOf(listRelatedArticles({ articleId: ids['football-1']!, now: new Date(now.getTime() + 2 * hour) }));
    expect(afterExpiry).not.toContain('football-expiring');
    expect(afterExpiry.length).toBeGreaterThanOrEqual(4);
  });

  it('forgets the list when the article itself is written, and after its lifetime', () => {
    listRelatedArticles({ articleId: ids['water-main']!, now });
    expect(stored('water-main')).not.toHaveLength(0);
    db.transaction((tx) => afterArticleWrite(tx, { articleId: ids['water-main']!, previousStatus: 'published' }));
    expect(stored('water-main')).toHaveLength(0);

    listRelatedArticles({ articleId: ids['water-main']!, now });
    const rankedAt = stored('water-main')[0]!.computedAt.getTime();
    const weekLater = new Date(now.getTime() + relatedListLifetime + hour);
    listRelatedArticles({ articleId: ids['water-main']!, now: weekLater });
    expect(stored('water-main')[0]!.computedAt.getTime()).toBe(weekLater.getTime());
    expect(rankedAt).toBe(now.getTime());
  });

  it('puts a newly published release into the lists of its neighbours once it is first shown', () => {
    forgetStoredLists();
    const before = slugsOf(listRelatedArticles({ articleId: ids['clinic-0']!, now }));
    expect(before.slice(0, 2).sort()).toEqual(['clinic-1', 'clinic-2']);
    const publishedLater = new Date(now.getTime() + hour);
    insert('clinic-new', 'قافلة طبية جديدة إلى المناطق النائية', 'عيادات متنقلة وأدوية للمناطق النائية', publishedLater);
    const viewTime = new Date(now.getTime() + 2 * hour);
    // Before the new release is first shown, the neighbour's stored list is still served.
    expect(slugsOf(listRelatedArticles({ articleId: ids['clinic-0']!, now: viewTime }))).not.toContain('clinic-new');
    expect(slugsOf(listRelatedArticles({ articleId: ids['clinic-new']!, now: viewTime }))).toContain('clinic-0');
    expect(slugsOf(listRelatedArticles({ articleId: ids['clinic-0']!, now: viewTime })).slice(0, 3).sort()).toEqual(['clinic-1', 'clinic-2', 'clinic-new']);
  });

  it('puts a backdated release (an import, an old date typed in) into its neighbours\' lists too', () => {
    forgetStoredLists();
    expect(slugsOf(listRelatedArticles({ articleId: ids['clinic-1']!, now }))).not.toContain('clinic-old');
    // Dated a year back, but written (and so public) only now, after clinic-1's list was ranked.
    insert('clinic-old', 'قافلة طبية سابقة إلى المناطق النائية', 'عيادات متنقلة وأدوية للمناطق النائية', new Date(now.getTime() - 365 * 24 * hour));
    listRelatedArticles({ articleId: ids['clinic-old']!, now });
    expect(slugsOf(listRelatedArticles({ articleId: ids['clinic-1']!, now }))).toContain('clinic-old');
  });

  it('never lists an article of another subject ahead of its own, nor itself', () => {
    forgetStoredLists();
    const football = slugsOf(listRelatedArticles({ articleId: ids['football-0']!, now }));
    expect(football).not.toContain('football-0');
    expect(football.slice(0, 3).sort()).toEqual(['football-1', 'football-2', 'football-expiring']);
  });
});
