/** Link schemes a press release may point to; anything else (javascript:, data:, tel:) is refused. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

/**
 * Characters no well-formed address carries, anywhere: C0 and C1 controls (a tab inside
 * `java<TAB>script:` is dropped by URL parsers, which turns it back into a scheme), spaces,
 * backslashes (browsers read `/\host` as another site) and bidi controls (which disguise where a
 * link goes).
 */
const forbidden = /[\u0000-\u0020\u007F-\u00A0\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\\]/;
const scheme = /^([a-z][a-z0-9+.-]*):/i;
/** LDH labels and a letter TLD (or its punycode form), as the URL parser lowercases and encodes them. */
const hostName = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const mailAddresses = /^mailto:[^@/?#,]+@[^@/?#,]+(?:,[^@/?#,]+@[^@/?#,]+)*(?:\?[^#]*)?$/i;
/** Any origin will do: a relative address must stay on it once resolved. */
const probeOrigin = 'https://site.invalid';

function parseUrl(text: string, base?: string): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

function webAddress(text: string): string | null {
  const url = parseUrl(text);
  // `https:example.org` and `https:/example.org` parse, but nobody means them; credentials in an
  // address (`https://bank.example@evil.example`) only serve to disguise where it goes.
  if (!url || !/^https?:\/\/[^/]/i.test(text) || url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return text;
}

function siteAddress(text: string): string | null {
  // `//host/…` is another site (protocol-relative): refused, not upgraded, since the writer may
  // not have meant a link elsewhere at all; typing the scheme says so.
  if (text.startsWith('//')) return null;
  return parseUrl(text, probeOrigin)?.origin === probeOrigin ? text : null;
}

function wwwAddress(text: string): string | null {
  const url = parseUrl(`https://${text}`);
  if (!url || url.username !== '' || url.password !== '' || !url.hostname.startsWith('www.') || !hostName.test(url.hostname)) return null;
  return `https://${text}`;
}

/**
 * What the writer typed in the link field, as the address to store, or null when it must be
 * refused. Accepted: http(s) addresses, mailto: addresses and pages of this site (`/…`); text
 * starting `www.` gains `https://` when it is a host name. Nothing else is repaired: an address
 * that needs repair was either mistyped or crafted, and the writer should see which.
 */
export function parseLinkAddress(input: string): string | null {
  const text = input.trim();
  if (text === '' || forbidden.test(text)) return null;
  if (text.startsWith('/')) return siteAddress(text);
  if (/^www\./i.test(text)) return wwwAddress(text);
  const found = scheme.exec(text)?.[1]?.toLowerCase();
  if (found === 'http' || found === 'https') return webAddress(text);
  if (found === 'mailto') return mailAddresses.test(text) ? text : null;
  return null;
}

/** A stored link (in the editor, on paste, on the server) must be one the link field would store as it is. */
export function isAllowedLink(href: string): boolean {
  return parseLinkAddress(href) === href;
}
