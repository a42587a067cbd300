import { describe, expect, it } from 'vitest';
import { shareIntent, shareLinks, shareNetworks } from './share';

const url = `https://example.org/ar/news/${encodeURIComponent('مؤتمر')}`;

describe('share links', () => {
  it('link to this site’s short share address, and to the mail client directly', () => {
    const links = shareLinks({ locale: 'ar', articleId: 42, url, title: 'مؤتمر & قمة' });
    expect(links.map((link) => link.network)).toEqual(['x', 'facebook', 'whatsapp', 'telegram', 'email']);
    expect(links.slice(0, 4).map((link) => link.href)).toEqual(['/ar/share/x/42', '/ar/share/facebook/42', '/ar/share/whatsapp/42', '/ar/share/telegram/42']);
    expect(links[4]!.href).toBe(shareIntent('email', url, 'مؤتمر & قمة'));
  });

  it('fill each network’s address with the encoded URL and title, nothing raw', () => {
    for (const network of shareNetworks.filter((network) => network !== 'email')) {
      const href = shareIntent(network, url, 'مؤتمر & قمة');
      expect(href).not.toMatch(/[\s&]{2}|مؤتمر/);
      expect(href).toContain(encodeURIComponent(url));
    }
    expect(new URL(shareIntent('x', url, 't')).hostname).toBe('x.com');
  });

  it('write the e-mail in the reader’s script, with nothing that could end the subject early', () => {
    const mail = new URL(shareIntent('email', url, 'مؤتمر & قمة?#'));
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe('مؤتمر & قمة?#');
    expect(mail.searchParams.get('body')).toBe('https://example.org/ar/news/مؤتمر');
  });
});
