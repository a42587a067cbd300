import { describe, expect, it } from 'vitest';
import { isAllowedLink, parseLinkAddress } from './link-address';

describe('parseLinkAddress', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['http://example.org/path?q=1&x=2#top', 'http://example.org/path?q=1&x=2#top'],
    ['HTTPS://Example.org/A', 'HTTPS://Example.org/A'],
    ['  https://example.org/a  ', 'https://example.org/a'],
    ['https://مثال.السعودية/خبر', 'https://مثال.السعودية/خبر'],
    ['http://localhost:3000/ar', 'http://localhost:3000/ar'],
    ['mailto:press@example.org', 'mailto:press@example.org'],
    ['mailto:press@example.org?subject=Bayan%20release', 'mailto:press@example.org?subject=Bayan%20release'],
    ['/ar/news/قمة', '/ar/news/قمة'],
    ['/en/search?q=x', '/en/search?q=x'],
    ['www.example.org', 'https://www.example.org'],
    ['www.example.org/page?id=3', 'https://www.example.org/page?id=3'],
    ['WWW.Example.ORG', 'https://WWW.Example.ORG'],
  ])('accepts %j as %j', (input, href) => {
    expect(parseLinkAddress(input)).toBe(href);
  });

  it.each([
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a control character before the scheme', '\u0001javascript:alert(1)'],
    ['an entity inside the scheme', 'java&#x09;script:alert(1)'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['an unknown scheme', 'ftp://example.org/file'],
    ['tel:', 'tel:+966500000000'],
    ['a newline inside', 'https://exa\nmple.org'],
    ['a space inside', 'https://exa mple.org'],
    ['DEL inside', 'https://example.org/\u007F'],
    ['a C1 control', 'https://example.org/\u0085'],
    ['a bidi override', 'https://example.org/\u202Egpj.exe'],
    ['protocol-relative //host', '//evil.example/x'],
    ['a backslash read as another site', '/\\evil.example'],
    ['a scheme without //', 'https:example.org'],
    ['http:// alone', 'http://'],
    ['credentials disguising the host', 'https://bank.example@evil.example'],
    ['www. text whose host is not a host name', 'www.exa_mple.org'],
    ['www. alone', 'www.'],
    ['www. with credentials', 'www.bank.example@evil.example'],
    ['text with no scheme and no www.', 'example.org'],
    ['an anchor alone', '#top'],
    ['mailto: without an address', 'mailto:'],
    ['mailto: with a path', 'mailto:a@b/../x'],
    ['empty text', '   '],
  ])('refuses %s', (_label, input) => {
    expect(parseLinkAddress(input)).toBeNull();
  });
});

describe('isAllowedLink (stored links)', () => {
  it('takes only addresses the field would store unchanged', () => {
    expect(isAllowedLink('https://example.org')).toBe(true);
    expect(isAllowedLink('/ar')).toBe(true);
    // Repaired forms are not stored forms.
    expect(isAllowedLink('www.example.org')).toBe(false);
    expect(isAllowedLink(' https://example.org')).toBe(false);
    expect(isAllowedLink('https://java\tscript:alert(1)')).toBe(false);
  });
});
