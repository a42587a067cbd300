import { locales } from '../i18n/config';

/**
 * Old addresses that answer 301 (the `redirects` table): how a path is written down and looked up.
 * A path is stored decoded (Arabic as letters, not `%d8%a7…`), in Unicode NFC, without its trailing
 * slash, so every spelling a reader or a search engine may have of one address finds one row.
 * WordPress's `?p=123` short links are stored as `/?p=123`, whichever language prefix they had.
 */

/** The `?p=` short link of a WordPress post, as stored. */
export const wordpressShortLink = (postId: number) => `/?p=${postId}`;

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname).normalize('NFC');
  } catch {
    return null;
  }
}

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') || '/' : path);

/** A language segment as Polylang puts it before a path (`/en/`), or one of ours. */
const languagePrefix = /^\/[a-z]{2}(?:-[a-z]{2})?$/i;

/**
 * The key of an address: `/?p=N` when it is a WordPress short link (at the root or under a
 * language), else the decoded path without trailing slash; null for the root itself, a path that
 * does not decode, or one with a control character (nothing we store has one).
 */
export function redirectKey(pathname: string, search = ''): string | null {
  const path = decodePath(pathname);
  if (path === null || /[\u0000-\u001f\u007f]/.test(path)) return null;
  const bare = withoutTrailingSlash(path);
  const postId = new URLSearchParams(search).get('p');
  if ((bare === '/' || languagePrefix.test(bare)) && postId !== null && /^[1-9]\d{0,18}$/.test(postId)) return wordpressShortLink(Number(postId));
  return bare === '/' ? null : bare;
}

/** The key of an absolute address from elsewhere (a WordPress permalink), or null when it has none. */
export function redirectKeyOfUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return redirectKey(parsed.pathname, parsed.search);
  } catch {
    return null;
  }
}

/**
 * Addresses that are always ours and never move: staff pages, partners' links, and the public
 * lists (sections, tags, search, latest, share links), whose pages answer for every address under
 * them. A request for one is not looked up (a lookup is some 40 µs of a cached page's 1 ms), and
 * none is kept as an old address (scripts/wordpress/import.ts).
 */
const neverMoved = new RegExp(`^/(?:${locales.join('|')})/(?:admin|login|embargo|draft|category|tag|search|latest|share)(?:/|$)`);

export const isNeverMoved = (key: string) => neverMoved.test(key);

const localeHome = new RegExp(`^/(?:${locales.join('|')})/?$`);

/**
 * The key the address gate looks up for a page request, or null when the request cannot be a moved
 * address: a staff page, or a home page without a `?p=` (the most requested pages skip the lookup).
 */
export function redirectLookupKey(pathname: string, search: string): string | null {
  if (neverMoved.test(pathname)) return null;
  if ((pathname === '/' || localeHome.test(pathname)) && !new URLSearchParams(search).has('p')) return null;
  return redirectKey(pathname, search);
}
