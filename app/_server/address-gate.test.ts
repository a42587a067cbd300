import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@/i18n/config';
import { bodyFromParagraphs } from '@/lib/render';
import { searchColumnsFor } from '@/lib/search-text';
import { freshDatabase } from '@/db/testing/fresh-database';

const db = await freshDatabase('address-gate');
const { articles, users } = await import('@/db/schema');
const { recordMovedAddress } = await import('@/db/queries/redirects');
const gate = await import('./address-gate');
const answerAddress = (url: string, overHttps = false) => gate.answerAddress(url, { overHttps });

const hour = 60 * 60 * 1000;
const arabicSlug = 'قمة-المناخ-في-داكار';
const arabicPath = `/ar/news/${encodeURIComponent(arabicSlug)}`;

function insertArticle(values: { slug: string; status: 'published' | 'withdrawn' | 'draft'; withdrawalReason?: string; publishAt?: Date | null }, authorId: number) {
  const title = `عنوان ${values.slug}`;
  const body = bodyFromParagraphs(['نص']);
  return db
    .insert(articles)
    .values({
      translationGroupId: values.slug,
      locale: 'ar',
      slug: values.slug,
      title,
      body,
      ...searchColumnsFor({ title, summary: '', body }),
      authorId,
      status: values.status,
      publishAt: values.publishAt === undefined ? new Date(Date.now() - hour) : values.publishAt,
      withdrawalReason: values.withdrawalReason ?? null,
    })
    .returning({ id: articles.id })
    .get().id;
}

beforeAll(() => {
  const authorId = db.insert(users).values({ email: 'gate@example.org', name: 'G', passwordHash: 'x' }).returning({ id: users.id }).get().id;
  const live = insertArticle({ slug: arabicSlug, status: 'published' }, authorId);
  insertArticle({ slug: 'pulled-release', status: 'withdrawn', withdrawalReason: 'خطأ في الأرقام' }, authorId);
  const draft = insertArticle({ slug: 'unfinished', status: 'draft', publishAt: null }, authorId);
  recordMovedAddress(db, { key: '/ar/news/old-name', articleId: live, reason: 'slug' });
  recordMovedAddress(db, { key: '/2019/04/old-permalink', articleId: live, reason: 'wordpress' });
  recordMovedAddress(db, { key: '/?p=42', articleId: live, reason: 'wordpress' });
  recordMovedAddress(db, { key: '/ar/news/draft-old-name', articleId: draft, reason: 'slug' });
});

const locationOf = (answer: ReturnType<typeof answerAddress>) => (answer.kind === 'respond' ? answer.headers.Location : undefined);

describe('the address gate (asked by the production server before any page or cache)', () => {
  it('lets a live article, a home page, a list page and the files through untouched', () => {
    for (const url of [arabicPath, '/ar', '/en', '/ar/category/x', '/en/search?q=x', '/ar/feed.xml', '/api/health', '/_next/static/chunks/a.js', '/media/abc.webp']) {
      expect(answerAddress(url), url).toEqual({ kind: 'pass' });
    }
  });

  it('answers a renamed release, an old WordPress permalink and a short link with one 301 to the current, percent-encoded address', () => {
    for (const url of ['/ar/news/old-name', '/2019/04/old-permalink/', '/?p=42', '/en/?p=42']) {
      const answer = answerAddress(url);
      expect(answer, url).toMatchObject({ kind: 'respond', status: 301 });
      expect(locationOf(answer), url).toBe(arabicPath);
    }
  });

  it('never points at a release that is not public, and never builds the address from the request’s Host', () => {
    // A moved address of a draft would reveal its new address: it is just not found.
    expect(answerAddress('/ar/news/draft-old-name')).toEqual({ kind: 'pass' });
    expect(locationOf(answerAddress('/ar/news/old-name'))).toMatch(/^\/ar\/news\//);
  });

  it('keeps the headers every response carries, and lets shared caches keep a 301 only briefly', () => {
    const answer = answerAddress('/ar/news/old-name');
    expect(answer.kind === 'respond' && answer.headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY', 'Cache-Control': 'public, max-age=0, s-maxage=5' });
  });

  it('strips a trailing slash with a 308 that keeps the query, after the moved-address lookup', () => {
    expect(answerAddress(`${arabicPath}/?utm=x`)).toMatchObject({ kind: 'respond', status: 308 });
    expect(locationOf(answerAddress(`${arabicPath}/?utm=x`))).toBe(`${arabicPath}?utm=x`);
    expect(locationOf(answerAddress('/ar/'))).toBe('/ar');
    expect(answerAddress('/')).toEqual({ kind: 'pass' });
  });

  it('serves a withdrawn release’s address from the route that answers 410, and only for that release', () => {
    expect(answerAddress('/ar/news/pulled-release')).toEqual({ kind: 'rewrite', path: '/ar/withdrawn/pulled-release' });
    expect(answerAddress('/en/news/pulled-release')).toEqual({ kind: 'pass' });
    expect(answerAddress('/ar/news/unfinished')).toEqual({ kind: 'pass' });
  });

  it('answers a broken percent-escape with the localized not-found page, or a bare 400 without a language', () => {
    expect(answerAddress('/en/news/%E0')).toEqual({ kind: 'rewrite', path: '/en/not-found' });
    expect(answerAddress('/ar/%')).toEqual({ kind: 'rewrite', path: '/ar/not-found' });
    expect(answerAddress('/xx/%E0%A4')).toMatchObject({ kind: 'respond', status: 400 });
  });

  it('never builds a redirect to another site: doubled slashes, backslashes and absolute targets are left to Next', () => {
    // Each of these, given a 308 without its trailing slash, would send a browser to evil.com or
    // to 127.0.0.1; Next answers them itself with a 308 to the single-slash path.
    for (const url of ['//evil%2Ecom/', '/\\evil%2Ecom/', '//evil%E3%80%82com/', '//2130706433/', '/ar//evil.com/', 'http://evil.example/', '//2019/04/old-permalink/']) {
      expect(answerAddress(url), url).toEqual({ kind: 'pass' });
    }
    for (const url of ['/%2F%2Fevil%2Ecom/', '/%5Cevil%2Ecom/', '/ar/news/x/?next=//evil.com', `/ar/news/${'ا'.repeat(5000)}/`, '/ar/news/%00/']) {
      const location = locationOf(answerAddress(url));
      expect(location, url).toMatch(/^\/(?![/\\])/);
      expect(new URL(location!, 'https://bayan.example').origin, url).toBe('https://bayan.example');
    }
  });

  it('adds HSTS to its own answers only when the request came over HTTPS', () => {
    const overHttp = answerAddress('/ar/news/old-name');
    const overHttps = answerAddress('/ar/news/old-name', true);
    expect(overHttp.kind === 'respond' && overHttp.headers['Strict-Transport-Security']).toBeUndefined();
    expect(overHttps.kind === 'respond' && overHttps.headers['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
  });
});

describe('the proxy’s matcher', () => {
  it('names exactly the languages of i18n/config.ts', () => {
    // Read as Next reads it: literal strings in the source, at build time.
    const source = readFileSync(new URL('../../proxy.ts', import.meta.url), 'utf8');
    const block = /matcher: \[([\s\S]*?)\n {2}\]/.exec(source)![1]!;
    const patterns = [...block.matchAll(/^\s*'([^']+)',/gm)].map((match) => match[1]!);
    expect(patterns.length).toBe(5);
    for (const pattern of patterns) {
      const named = /\(\?:([a-z|]+)\)\(\?:\/\|\$\)|:locale\(([a-z|]+)\)/.exec(pattern);
      expect(named, pattern).not.toBeNull();
      expect((named![1] ?? named![2])!.split('|').sort(), pattern).toEqual([...locales].sort());
    }
  });
});
