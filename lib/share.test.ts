import { describe, expect, it } from 'vitest';
import { shareLinks } from './share';

describe('shareLinks', () => {
  it('builds plain, encoded links for every network', () => {
    const links = shareLinks('https://example.org/ar/news/مؤتمر', 'مؤتمر & قمة');
    expect(links.map((link) => link.network)).toEqual(['x', 'facebook', 'whatsapp', 'telegram', 'email']);
    for (const link of links) {
      expect(link.href).not.toMatch(/[\s&]{2}|مؤتمر/);
      expect(link.href).toContain(encodeURIComponent('https://example.org/ar/news/مؤتمر'));
    }
  });
});
