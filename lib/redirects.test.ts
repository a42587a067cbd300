import { describe, expect, it } from 'vitest';
import { isNeverMoved, redirectKey, redirectKeyOfUrl, redirectLookupKey, wordpressShortLink } from './redirects';

describe('redirectKey', () => {
  it('finds one key for every spelling of an Arabic permalink', () => {
    const key = '/2021/03/افتتاح-المعرض';
    expect(redirectKey('/2021/03/%d8%a7%d9%81%d8%aa%d8%aa%d8%a7%d8%ad-%d8%a7%d9%84%d9%85%d8%b9%d8%b1%d8%b6/')).toBe(key);
    expect(redirectKey('/2021/03/%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D8%A7%D9%84%D9%85%D8%B9%D8%B1%D8%B6')).toBe(key);
    expect(redirectKey('/2021/03/افتتاح-المعرض/')).toBe(key);
  });

  it('reads WordPress short links at the root and under a language prefix', () => {
    expect(redirectKey('/', '?p=42')).toBe(wordpressShortLink(42));
    expect(redirectKey('/en/', '?p=42&lang=en')).toBe('/?p=42');
    expect(redirectKey('/ar', '?p=42')).toBe('/?p=42');
    // Not a post number: nothing to look up at the root.
    expect(redirectKey('/', '?p=abc')).toBeNull();
    expect(redirectKey('/', '?p=0')).toBeNull();
    expect(redirectKey('/', '')).toBeNull();
  });

  it('refuses paths that cannot be an address we stored', () => {
    expect(redirectKey('/news/%E0%A4%A')).toBeNull();
    expect(redirectKey('/news/a%00b')).toBeNull();
    expect(redirectKey('/news/a%0Ab')).toBeNull();
  });

  it('keys an absolute permalink by its path, whatever its site', () => {
    expect(redirectKeyOfUrl('https://old.example.org/fr/2020/01/sommet-de-paris/')).toBe('/fr/2020/01/sommet-de-paris');
    expect(redirectKeyOfUrl('https://old.example.org/?p=7')).toBe('/?p=7');
    expect(redirectKeyOfUrl('not a url')).toBeNull();
  });
});

describe('redirectLookupKey', () => {
  it('skips staff pages, partners’ links and plain home pages', () => {
    expect(redirectLookupKey('/ar/admin/articles', '')).toBeNull();
    expect(redirectLookupKey('/en/login', '')).toBeNull();
    expect(redirectLookupKey('/fr/embargo/abc.def', '')).toBeNull();
    expect(redirectLookupKey('/ar', '')).toBeNull();
    expect(redirectLookupKey('/', '')).toBeNull();
  });

  it('skips the public lists, whose pages answer for every address under them, and no import keeps one', () => {
    for (const path of ['/ar/category/%D9%82%D9%85%D8%A9', '/en/tag/water/2', '/fr/search', '/ar/latest/3', '/en/share/x/12', '/ar/draft/abc.def']) {
      expect(redirectLookupKey(path, '?p=12'), path).toBeNull();
      expect(isNeverMoved(redirectKey(path)!), path).toBe(true);
    }
    // Only under a language of ours, and only as a whole segment.
    for (const key of ['/category/news/summit', '/en/categoryless', '/xx/tag/water', '/en/news/category']) expect(isNeverMoved(key), key).toBe(false);
  });

  it('looks up articles, old permalinks and short links', () => {
    expect(redirectLookupKey('/ar/news/%D9%82%D9%85%D8%A9', '')).toBe('/ar/news/قمة');
    expect(redirectLookupKey('/2020/01/summit/', '')).toBe('/2020/01/summit');
    expect(redirectLookupKey('/', '?p=12')).toBe('/?p=12');
    expect(redirectLookupKey('/en', '?p=12')).toBe('/?p=12');
    expect(redirectLookupKey('/en/news/summit/', '')).toBe('/en/news/summit');
  });
});
