import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/render';
import { parseSearchQuery, searchColumnsFor } from '@/lib/search-text';
import { freshDatabase } from '../testing/fresh-database';
import { publiclyHiddenIds, publiclyVisible } from '../visibility';

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
    // Without the own forms' tier the plural comes first: its title match outranks a body match.
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

  it('list, page by page, what the visibility rule and newest-first order select, with or without a section, ties by id', () => {
    const categoryId = db.insert(categories).values({ key: 'paging' }).returning({ id: categories.id }).get().id;
    const filed = listPublicArticlesPage({ locale: 'ar', pageSize: 50 }).items.filter((item) => item.slug.startsWith('other-')).map((item) => item.id);
    db.update(articles).set({ categoryId }).where(inArray(articles.id, filed)).run();
    // An independent reading of the rule (the `other-*` rows share one publish time: ties go by id).
    const expected = (where: SQL | undefined) => db.select({ slug: articles.slug }).from(articles).where(and(eq(articles.locale, 'ar'), publiclyVisible(), where)).orderBy(desc(articles.publishAt), desc(articles.id)).all().map((row) => row.slug);
    for (const filter of [{}, { categoryId }]) {
      const paged = [1, 2, 3, 4].flatMap((page) => listPublicArticlesPage({ locale: 'ar', pageSize: 2, page, ...filter }).items.map((item) => item.slug));
      expect(paged).toEqual(expected(filter.categoryId === undefined ? undefined : eq(articles.categoryId, categoryId)).slice(0, 8));
    }
    expect(listPublicArticlesPage({ locale: 'ar', pageSize: 2, page: 2, categoryId }).total).toBe(filed.length);
    db.update(articles).set({ categoryId: null }).where(inArray(articles.id, filed)).run();
    db.delete(categories).where(eq(categories.id, categoryId)).run();
  });
});

describe('search ranking at archive scale (issue #14): tiers read newest first', () => {
  // One word (الزلزال) in each place the ranking tells apart, plus hidden articles holding it.
  const fixture = () => [
    insert({ slug: 'quake-title-form', title: 'آثار الزلزال', text: 'نص' }),
    insert({ slug: 'quake-title-form-older', title: 'بعد الزلزال', text: 'نص', publishAt: new Date(now.getTime() - 5 * hour) }),
    insert({ slug: 'quake-title-stem', title: 'زلزال قوي', text: 'نص' }),
    insert({ slug: 'quake-body-form', title: 'أخبار اليوم', text: 'ضرب الزلزال المنطقة' }),
    insert({ slug: 'quake-body-stem', title: 'أخبار المساء', text: 'وقع زلزال' }),
    insert({ slug: 'quake-french', title: 'Le mot الزلزال dans la presse', text: 'Texte', locale: 'fr' }),
    insert({ slug: 'quake-draft', title: 'الزلزال', text: 'الزلزال', status: 'draft', publishAt: null }),
    insert({ slug: 'quake-embargoed', title: 'الزلزال', text: 'الزلزال', publishAt: new Date(now.getTime() + hour) }),
    insert({ slug: 'quake-expired', title: 'الزلزال', text: 'الزلزال', expiresAt: new Date(now.getTime() - 1000) }),
    insert({ slug: 'quake-no-time', title: 'الزلزال', text: 'الزلزال', publishAt: null }),
  ];
  const parsed = parseSearchQuery('الزلزال');
  const pageOf = (language: string, page: number, pageSize: number) => searchPublicArticles({ language, match: parsed.match!, strictMatch: parsed.strictMatch, formMatch: parsed.formMatch, page, pageSize });
  const arabicOrder = ['quake-title-form', 'quake-title-form-older', 'quake-title-stem', 'quake-body-form', 'quake-body-stem'];

  it('orders title before body, the typed form before its stem, newest first, the query’s language first', () => {
    const ids = fixture();
    expect(pageOf('ar', 1, 50).items.map((hit) => hit.slug)).toEqual([...arabicOrder, 'quake-french']);
    expect(pageOf('fr', 1, 50).items.map((hit) => hit.slug)).toEqual(['quake-french', ...arabicOrder]);
    db.delete(articles).where(inArray(articles.id, ids)).run();
  });

  it('pages through the tiers with the exact total on every page, past the end too', () => {
    const ids = fixture();
    const pages = [1, 2, 3, 4].map((page) => pageOf('ar', page, 2));
    expect(pages.map((result) => result.total)).toEqual([6, 6, 6, 6]);
    expect(pages.map((result) => result.pageCount)).toEqual([3, 3, 3, 3]);
    expect(pages.flatMap((result) => result.items.map((hit) => hit.slug))).toEqual([...arabicOrder, 'quake-french']);
    expect(pages[3]!.items).toEqual([]);
    // The same through pages of one and of four (each stops at another tier).
    expect([1, 2, 3, 4, 5, 6].flatMap((page) => pageOf('ar', page, 1).items.map((hit) => hit.slug))).toEqual([...arabicOrder, 'quake-french']);
    expect([1, 2].flatMap((page) => pageOf('fr', page, 4).items.map((hit) => hit.slug))).toEqual(['quake-french', ...arabicOrder]);
    db.delete(articles).where(inArray(articles.id, ids)).run();
  });

  it('finds old matches behind many newer articles (the date-order walk stops short of them)', () => {
    const ids = fixture();
    // 150 newer Arabic articles without the word: more than a page's walk of the listing.
    for (let i = 0; i < 150; i += 1) ids.push(insert({ slug: `newer-${i}`, title: `خبر جديد ${i}`, text: 'نص', publishAt: new Date(now.getTime() - 60_000 + i) }));
    expect([1, 2, 3, 4, 5, 6].flatMap((page) => pageOf('ar', page, 1).items.map((hit) => hit.slug))).toEqual([...arabicOrder, 'quake-french']);
    expect(pageOf('ar', 1, 1).total).toBe(6);
    db.delete(articles).where(inArray(articles.id, ids)).run();
  });

  it('ranks the typed name above a glossary name, even one in the title', () => {
    const ids = [insert({ slug: 'own-body', title: 'أخبار التراث', text: 'وقعت اليونسكو الاتفاق' }), insert({ slug: 'glossary-title', title: 'اتفاق مع UNESCO', text: 'نص' })];
    const glossary = parseSearchQuery('اليونسكو', [['اليونسكو', 'UNESCO']]);
    const result = searchPublicArticles({ language: 'ar', match: glossary.match!, strictMatch: glossary.strictMatch, formMatch: glossary.formMatch });
    expect(result.items.map((hit) => hit.slug)).toEqual(['own-body', 'glossary-title']);
    expect(result.total).toBe(2);
    db.delete(articles).where(inArray(articles.id, ids)).run();
  });

  it('takes out exactly the articles the visibility rule hides, at its boundaries too', () => {
    const ids = [...fixture(), insert({ slug: 'quake-at-now', title: 'الزلزال', text: 'نص', publishAt: now }), insert({ slug: 'quake-ends-now', title: 'الزلزال', text: 'نص', expiresAt: now })];
    const all = db.select({ id: articles.id }).from(articles).all().map((row) => row.id);
    const visible = db.select({ id: articles.id }).from(articles).where(publiclyVisible(now)).all().map((row) => row.id);
    const hidden = db.all<{ id: number }>(publiclyHiddenIds(now)).map((row) => row.id);
    expect(new Set(hidden).size + visible.length).toBe(all.length);
    expect(visible.filter((id) => hidden.includes(id))).toEqual([]);
    const slugsOf = (list: number[]) => db.select({ slug: articles.slug }).from(articles).where(inArray(articles.id, list)).all().map((row) => row.slug);
    expect(slugsOf(hidden)).toEqual(expect.arrayContaining(['quake-draft', 'quake-embargoed', 'quake-expired', 'quake-no-time', 'quake-ends-now']));
    expect(slugsOf(visible)).toContain('quake-at-now');
    db.delete(articles).where(inArray(articles.id, ids)).run();
  });

  it('keeps hostile input valid FTS5 in every tier', () => {
    for (const input of ['"', '(', 'NEAR(a b)', 'a*', 'col:x', 'AND', '^x', '{a b}:c', "'", 'x OR', '"a" "b', 'NOT', '{search_title}: x', 'x NOT y']) {
      const query = parseSearchQuery(input, [['x', 'y']]);
      if (query.match) expect(() => searchPublicArticles({ language: 'ar', match: query.match!, strictMatch: query.strictMatch, formMatch: query.formMatch, page: 2, pageSize: 1 })).not.toThrow();
      if (query.match) expect(() => searchPublicArticles({ language: 'ar', match: query.match!, strictMatch: query.strictMatch, formMatch: query.formMatch })).not.toThrow();
    }
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
