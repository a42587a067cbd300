import { describe, expect, it } from 'vitest';
import { articlePath, categoryPath, decodeSegment, feedPath, latestPath, pageFromQuery, parsePageNumber, searchPath } from './paths';

describe('public paths', () => {
  it('encodes Arabic slugs and omits page 1', () => {
    expect(articlePath('ar', 'مؤتمر-جدة')).toBe(`/ar/news/${encodeURIComponent('مؤتمر-جدة')}`);
    expect(categoryPath('en', 'summits', 1)).toBe('/en/category/summits');
    expect(categoryPath('en', 'summits', 3)).toBe('/en/category/summits/3');
    expect(latestPath('fr', 1)).toBe('/fr');
    expect(latestPath('fr', 2)).toBe('/fr/latest/2');
    expect(feedPath('en', 'summits')).toBe('/en/category/summits/feed.xml');
    expect(searchPath('ar', 'قمة & "x"', 2)).toBe('/ar/search?q=%D9%82%D9%85%D8%A9+%26+%22x%22&page=2');
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

  it('reads a query page, falling back to the first for anything a visitor could type', () => {
    expect(pageFromQuery('3')).toBe(3);
    expect(pageFromQuery(['4', '5'])).toBe(4);
    for (const raw of [undefined, '', '0', '-2', '99999999999999999999999', '1e3', ' 2', '0x10', 'NaN', '٣', ['x'], 7]) expect(pageFromQuery(raw)).toBe(1);
  });
});
