import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/render';
import { parseSearchQuery, searchColumnsFor } from '@/lib/search-text';
import { freshDatabase } from '../testing/fresh-database';

const db = await freshDatabase('public');
const { articles, categories, categoryTranslations, users } = await import('../schema');
const { backfillSearchText, refreshSearchText } = await import('../search-index');
const { getHomeSections, listNavigationCategories, listPublicArticlesPage } = await import('./public-lists');
const { listRelatedArticles } = await import('./related-articles');
const { nextScheduledChange } = await import('./public-schedule');
const { searchPublicArticles } = await import('./public-search');

const now = new Date();
const hour = 60 * 60 * 1000;
let authorId = 0;

function insert(values: { slug: string; title: string; text: string; status?: 'published' | 'draft' | 'unpublished'; publishAt?: Date | null; expiresAt?: Date | null; locale?: string }) {
  const body = bodyFromParagraphs([values.text]);
  const locale = values.locale ?? 'ar';
  return db
    .insert(articles)
    .values({
      translationGroupId: values.slug,
      locale,
      slug: values.slug,
      title: values.title,
      body,
      ...searchColumnsFor({ title: values.title, summary: '', body }),
      authorId,
      status: values.status ?? 'published',
      publishAt: values.publishAt === undefined ? new Date(now.getTime() - hour) : values.publishAt,
      expiresAt: values.expiresAt ?? null,
    })
    .returning({ id: articles.id })
    .get().id;
}

const search = (query: string, locale: 'ar' | 'en' = 'ar') => searchPublicArticles({ language: locale, match: parseSearchQuery(query).match! }).items.map((hit) => hit.slug);

beforeAll(() => {
  authorId = db.insert(users).values({ email: 'a@example.org', name: 'A', passwordHash: 'x' }).returning({ id: users.id }).get().id;
  insert({ slug: 'public', title: 'انطلاق المؤتمرات الإقليمية', text: 'افتتح الأمين العام المؤتمر في جدة' });
  insert({ slug: 'embargoed', title: 'مؤتمر القمة المقبل', text: 'المؤتمر سيعقد', publishAt: new Date(now.getTime() + 2 * hour) });
  insert({ slug: 'draft', title: 'مسودة مؤتمر', text: 'مؤتمر', status: 'draft', publishAt: null });
  insert({ slug: 'unpublished', title: 'مؤتمر سحب', text: 'مؤتمر', status: 'unpublished' });
  insert({ slug: 'published-no-time', title: 'مؤتمر بلا موعد', text: 'مؤتمر', publishAt: null });
  insert({ slug: 'expiring', title: 'عرض ينتهي قريبا', text: 'عرض محدود', expiresAt: new Date(now.getTime() + hour) });
  insert({ slug: 'english', title: 'Regional conferences open', text: 'The conference opened in Jeddah', locale: 'en' });
  for (let i = 0; i < 6; i += 1) insert({ slug: `other-${i}`, title: `خبر ${i} عن التعليم`, text: 'التعليم والمدارس' });
});

describe('the visibility rule on public queries', () => {
  it('lists only published articles whose time has come', () => {
    const slugs = listPublicArticlesPage({ locale: 'ar', pageSize: 50 }).items.map((item) => item.slug);
    expect(slugs).toContain('public');
    for (const hidden of ['embargoed', 'draft', 'unpublished', 'published-no-time']) expect(slugs).not.toContain(hidden);
  });

  it('shows the embargoed article once its time has passed, with no write', () => {
    const later = new Date(now.getTime() + 3 * hour);
    expect(listPublicArticlesPage({ locale: 'ar', pageSize: 50, now: later }).items.map((item) => item.slug)).toContain('embargoed');
  });

  it('keeps an expiring release public until its expiry time, and not a moment after', () => {
    const slugsAt = (at: Date) => listPublicArticlesPage({ locale: 'ar', pageSize: 50, now: at }).items.map((item) => item.slug);
    expect(slugsAt(now)).toContain('expiring');
    expect(slugsAt(new Date(now.getTime() + hour - 1))).toContain('expiring');
    expect(slugsAt(new Date(now.getTime() + hour))).not.toContain('expiring');
  });

  it('knows the next moment a public surface changes: an expiry, then a scheduled publish', () => {
    expect(nextScheduledChange(now)?.getTime()).toBe(now.getTime() + hour);
    expect(nextScheduledChange(new Date(now.getTime() + hour))?.getTime()).toBe(now.getTime() + 2 * hour);
    expect(nextScheduledChange(new Date(now.getTime() + 3 * hour))).toBeNull();
  });
});

describe('the home page', () => {
  it('leads with the newest public articles and knows whether more exist, as the full list has them', () => {
    const listed = listPublicArticlesPage({ locale: 'ar', pageSize: 50 }).items.map((item) => item.slug);
    const shown = (home: ReturnType<typeof getHomeSections>) => [home.lead?.slug, ...home.latest.map((item) => item.slug)];
    const everything = getHomeSections({ locale: 'ar', latest: listed.length - 1 });
    expect(shown(everything)).toEqual(listed);
    expect(everything.more).toBe(false);
    const top = getHomeSections({ locale: 'ar', latest: 2 });
    expect(shown(top)).toEqual(listed.slice(0, 3));
    expect(top.more).toBe(true);
    expect(getHomeSections({ locale: 'fr' })).toMatchObject({ lead: null, latest: [], more: false });
  });
});

describe('the header’s sections', () => {
  it('offer a section only once it has a public article in the reader’s language', () => {
    const section = (slug: string) => {
      const id = db.insert(categories).values({ key: slug }).returning({ id: categories.id }).get().id;
      for (const locale of ['ar', 'en'] as const) db.insert(categoryTranslations).values({ categoryId: id, locale, name: `${slug} ${locale}`, slug: `${slug}-${locale}` }).run();
      return id;
    };
    const withNews = section('with-news');
    const empty = section('empty');
    const onlyDraft = section('only-draft');
    db.update(articles).set({ categoryId: withNews }).where(eq(articles.slug, 'public')).run();
    db.update(articles).set({ categoryId: onlyDraft }).where(inArray(articles.slug, ['draft', 'embargoed'])).run();
    const offered = (locale: 'ar' | 'en', at = now) => listNavigationCategories({ locale, now: at }).map((category) => category.id);
    expect(offered('ar')).toEqual([withNews]);
    expect(offered('ar')).not.toContain(empty);
    // The Arabic article does not make the section worth a visit in English.
    expect(offered('en')).toEqual([]);
    // The embargoed article opens its section at its time.
    expect(offered('ar', new Date(now.getTime() + 3 * hour))).toEqual([withNews, onlyDraft]);
  });
});

describe('full-text search (FTS5 over normalized text)', () => {
  it('finds "والمؤتمر" in an article that writes المؤتمرات / المؤتمر, and never a non-public one', () => {
    expect(search('والمؤتمر')).toEqual(['public']);
  });

  it('puts results in the current language first', () => {
    expect(searchPublicArticles({ language: 'en', match: parseSearchQuery('جدة conference').match! }).total).toBe(0);
    const mixed = searchPublicArticles({ language: 'en', match: parseSearchQuery('جدة').match! }).items.map((hit) => hit.locale);
    expect(mixed).toEqual(['ar']);
    expect(search('conferences', 'en')).toEqual(['english']);
  });

  it('survives hostile input: every parsed query is valid FTS5', () => {
    for (const input of ['"', '(', 'NEAR(a b)', 'a*', 'col:x', 'AND', '^x', '{a b}:c', "'", 'x OR', '"a" "b']) {
      const { match } = parseSearchQuery(input);
      if (match) expect(() => searchPublicArticles({ language: 'ar', match })).not.toThrow();
    }
  });

  it('follows edits: the triggers reindex when the search text is refreshed', () => {
    const id = insert({ slug: 'edited', title: 'عنوان قديم', text: 'نص' });
    expect(search('الزراعة')).toEqual([]);
    db.update(articles).set({ title: 'الزراعة المستدامة' }).where(eq(articles.id, id)).run();
    refreshSearchText(db, id);
    expect(search('الزراعة')).toEqual(['edited']);
    db.delete(articles).where(eq(articles.id, id)).run();
    expect(search('الزراعة')).toEqual([]);
  });

  it('expands a name with its glossary set, in any script', () => {
    const id = insert({ slug: 'unesco', title: 'Heritage agreement signed', text: 'The Organization signed an agreement with UNESCO', locale: 'en' });
    const glossary = [['اليونسكو', 'UNESCO']];
    expect(searchPublicArticles({ language: 'ar', match: parseSearchQuery('اليونسكو').match! }).total).toBe(0);
    expect(searchPublicArticles({ language: 'ar', match: parseSearchQuery('اليونسكو', glossary).match! }).items.map((hit) => hit.slug)).toEqual(['unesco']);
    db.delete(articles).where(eq(articles.id, id)).run();
  });

  it('ranks the typed word’s own forms above its broken plurals, even when the plural is in the title', () => {
    const plural = insert({ slug: 'plural', title: 'الوسطاء', text: 'دعم الوسطاء وتدريب الوسطاء' });
    const singular = insert({ slug: 'singular', title: 'برنامج تدريب', text: `تدريب وسيط من كل دولة ${'ضمن برنامج التدريب السنوي '.repeat(20)}` });
    const parsed = parseSearchQuery('وسيط');
    const slugs = searchPublicArticles({ language: 'ar', match: parsed.match!, strictMatch: parsed.strictMatch }).items.map((hit) => hit.slug);
    expect(slugs).toEqual(['singular', 'plural']);
    // bm25 alone would put the plural first: it weighs the title above the body.
    expect(searchPublicArticles({ language: 'ar', match: parsed.match! }).items.map((hit) => hit.slug)).toEqual(['plural', 'singular']);
    db.delete(articles).where(inArray(articles.id, [plural, singular])).run();
  });

  it('recomputes rows indexed under older rules when setup backfills', () => {
    const id = insert({ slug: 'old-rules', title: 'معرض الخط', text: 'افتتح المعرض بجدة' });
    // The search text as the rules before version 1 stored it: بجدة kept its ب.
    db.update(articles).set({ searchBody: 'افتتح معرض بجده', searchVersion: 0 }).where(eq(articles.id, id)).run();
    expect(search('جدة')).not.toContain('old-rules');
    expect(backfillSearchText(db)).toBe(1);
    expect(search('جدة')).toContain('old-rules');
    expect(backfillSearchText(db)).toBe(0);
    db.delete(articles).where(eq(articles.id, id)).run();
  });
});

describe('pages of a list', () => {
  it('cut the newest-first list into pages that neither overlap nor skip, the last one short', () => {
    const all = listPublicArticlesPage({ locale: 'ar', pageSize: 50 }).items.map((item) => item.slug);
    const pages = [1, 2, 3].map((page) => listPublicArticlesPage({ locale: 'ar', pageSize: 3, page }));
    expect(pages.flatMap((page) => page.items.map((item) => item.slug))).toEqual(all);
    expect(pages[2]!.items.length).toBe(all.length - 6);
    expect(pages[0]!.pageCount).toBe(3);
    expect(pages[0]!.items[0]!.title).toBeTruthy();
    expect(listPublicArticlesPage({ locale: 'ar', pageSize: 3, page: 4 }).items).toEqual([]);
  });
});

describe('related news', () => {
  it('returns up to six public articles of the same language, never the article itself', () => {
    const target = listPublicArticlesPage({ locale: 'ar', pageSize: 50 }).items.find((item) => item.slug === 'other-0')!;
    const related = listRelatedArticles({ articleId: target.id });
    expect(related.length).toBeGreaterThanOrEqual(4);
    expect(related.length).toBeLessThanOrEqual(6);
    expect(related.map((item) => item.slug)).not.toContain('other-0');
    for (const item of related) {
      expect(item.locale).toBe('ar');
      expect(['embargoed', 'draft', 'unpublished', 'published-no-time']).not.toContain(item.slug);
    }
    // The articles sharing its subject come first.
    expect(related.slice(0, 5).every((item) => item.slug.startsWith('other-'))).toBe(true);
  });
});
