import { describe, expect, it } from 'vitest';
import { articlePath, categoryPath, decodeSegment, feedPath, latestPath, listingPage, pageFromQuery, parsePageNumber, searchPath, toUri } from './paths';

describe('public paths', () => {
  it('keeps letters of every script as they are, escapes what means something in a URL, and omits page 1', () => {
    expect(articlePath('ar', 'مؤتمر-جدة')).toBe('/ar/news/مؤتمر-جدة');
    expect(articlePath('fr', 'l’été-à-dakar')).toBe('/fr/news/l%E2%80%99été-à-dakar');
    expect(articlePath('en', 'a/b?c#d%e f')).toBe('/en/news/a%2Fb%3Fc%23d%25e%20f');
    // Bidi controls are no letters: escaped, so a link cannot reorder what a reader sees.
    expect(articlePath('ar', 'قمة\u202Eجدة')).toBe('/ar/news/قمة%E2%80%AEجدة');
    expect(categoryPath('en', 'summits', 1)).toBe('/en/category/summits');
    expect(categoryPath('en', 'summits', 3)).toBe('/en/category/summits/3');
    expect(latestPath('fr', 1)).toBe('/fr');
    expect(latestPath('fr', 2)).toBe('/fr/latest/2');
    expect(feedPath('en', 'summits')).toBe('/en/category/summits/feed.xml');
    expect(searchPath('ar', 'قمة & "x"', 2)).toBe('/ar/search?q=%D9%82%D9%85%D8%A9+%26+%22x%22&page=2');
  });

  it('turns an IRI into the ASCII URI a browser would send, and leaves escapes alone', () => {
    expect(toUri(articlePath('ar', 'مؤتمر-جدة'))).toBe(`/ar/news/${encodeURIComponent('مؤتمر-جدة')}`);
    expect(toUri('/en/news/a%2Fb')).toBe('/en/news/a%2Fb');
    expect(decodeURI(toUri(articlePath('ar', 'قمة-٢٠٢٦')))).toBe('/ar/news/قمة-٢٠٢٦');
    expect(toUri('/ar/news/\uD800x')).toBe('/ar/news/%EF%BF%BDx');
  });

  it('decodes segments and keeps malformed ones', () => {
    expect(decodeSegment('%D9%82')).toBe('ق');
    expect(decodeSegment('%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('accepts only plain page numbers', () => {
    expect(parsePageNumber(undefined)).toBe(1);
    expect(parsePageNumber('2')).toBe(2);
    for (const raw of ['0', '-1', '1.5', '01', 'abc', '9999999']) expect(parsePageNumber(raw)).toBeNull();
  });

  it('reads a listing page from its trailing segments, page 1 only without one', () => {
    expect(listingPage()).toBe(1);
    expect(listingPage([])).toBe(1);
    expect(listingPage(['2'])).toBe(2);
    for (const segments of [['1'], ['0'], ['x'], ['2', '3'], ['01']]) expect(listingPage(segments)).toBeNull();
  });

  it('reads a query page, falling back to the first for anything a visitor could type', () => {
    expect(pageFromQuery('3')).toBe(3);
    expect(pageFromQuery(['4', '5'])).toBe(4);
    for (const raw of [undefined, '', '0', '-2', '99999999999999999999999', '1e3', ' 2', '0x10', 'NaN', '٣', ['x'], 7]) expect(pageFromQuery(raw)).toBe(1);
  });
});
