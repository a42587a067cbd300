import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, renderRss } from './feed';

describe('renderRss', () => {
  it('writes RSS 2.0 that a real parser reads back, hostile text included', async () => {
    const xml = renderRss({
      title: 'بيان & <news>',
      link: 'https://example.org/ar',
      self: 'https://example.org/ar/feed.xml',
      description: 'Press "releases"',
      language: 'ar',
      items: [{ title: 'مؤتمر <script>', link: 'https://example.org/ar/news/مؤتمر', description: 'a\u0001b & c', publishedAt: new Date('2026-11-01T07:00:00Z'), category: 'القمم' }],
    });
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('بيان & <news>');
    expect(feed.items[0]?.title).toBe('مؤتمر <script>');
    expect(feed.items[0]?.contentSnippet ?? feed.items[0]?.content).toBe('ab & c');
    expect(feed.items[0]?.isoDate).toBe('2026-11-01T07:00:00.000Z');
  });

  it('sends the body as content:encoded in a container with the channel language\'s direction', async () => {
    const item = { title: 'بيان', link: 'https://example.org/ar/news/x', description: 'ملخص', publishedAt: new Date('2026-11-01T07:00:00Z') };
    const channel = { title: 'بيان', link: 'https://example.org/ar', self: 'https://example.org/ar/feed.xml', description: 'd', language: 'ar' };
    const html = '<ul><li><p>بند</p></li></ul><blockquote dir="ltr"><p>"Yes."</p></blockquote>';
    const feed = await new Parser().parseString(renderRss({ ...channel, items: [{ ...item, contentHtml: html }] }));
    expect(feed.items[0]?.['content:encoded']).toBe(`<div lang="ar" dir="rtl">${html}</div>`);
    const french = await new Parser().parseString(renderRss({ ...channel, language: 'fr', items: [{ ...item, contentHtml: '<p>x</p>' }] }));
    expect(french.items[0]?.['content:encoded']).toBe('<div lang="fr" dir="ltr"><p>x</p></div>');
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
