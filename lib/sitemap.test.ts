import { describe, expect, it } from 'vitest';
import { articlesPerSitemap, blockIds, blockOf, maxSitemapUrls, parseSitemapFileName, renderSitemapIndex, renderUrlSet, sitemapFileName } from './sitemap';

describe('sitemap files', () => {
  it('splits article ids into blocks no larger than the protocol allows', () => {
    expect(articlesPerSitemap).toBeLessThanOrEqual(maxSitemapUrls);
    expect(blockIds(0)).toEqual({ first: 1, last: articlesPerSitemap });
    expect(blockIds(1).first).toBe(articlesPerSitemap + 1);
    expect(blockOf(1)).toBe(0);
    expect(blockOf(articlesPerSitemap)).toBe(0);
    expect(blockOf(articlesPerSitemap + 1)).toBe(1);
    // Every id lands in exactly the block whose range holds it.
    for (const id of [1, 1999, 2000, 2001, 100_123, 4_000_000]) {
      const { first, last } = blockIds(blockOf(id));
      expect(id).toBeGreaterThanOrEqual(first);
      expect(id).toBeLessThanOrEqual(last);
    }
  });

  it.each([['home.xml'], ['news-0.xml'], ['news-17.xml']])('names %s and reads it back', (name) => {
    expect(sitemapFileName(parseSitemapFileName(name)!)).toBe(name);
  });

  it.each([['news-01.xml'], ['news--1.xml'], ['news-1.xml.gz'], ['news-9999999.xml'], ['../sitemap.xml'], ['news-1'], ['home.XML']])('refuses %s', (name) => {
    expect(parseSitemapFileName(name)).toBeNull();
  });

  it('writes an index and a URL set with hreflang alternates, escaped', () => {
    const index = renderSitemapIndex([{ url: 'https://example.org/sitemap/news-0.xml', lastModified: null }]);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index).toContain('<sitemap><loc>https://example.org/sitemap/news-0.xml</loc></sitemap>');
    const set = renderUrlSet([
      { url: 'https://example.org/ar/news/مؤتمر-1', lastModified: new Date('2026-01-02T03:04:05Z'), alternates: { ar: 'https://example.org/ar/news/مؤتمر-1', en: 'https://example.org/en/news/a&b' } },
    ]);
    expect(set).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(set).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/news/a&amp;b"/>');
    expect(set).toContain('<lastmod>2026-01-02T03:04:05.000Z</lastmod>');
    expect(set).not.toContain('a&b');
  });
});
