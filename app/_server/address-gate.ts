import { findRedirect } from '@/db/queries/redirects';
import { getWithdrawal } from '@/db/queries/release-lifetime';
import { isLocale, locales } from '@/i18n/config';
import { decodeSegment } from '@/lib/paths';
import { redirectLookupKey } from '@/lib/redirects';
import { headersEverywhere, strictTransportSecurity } from '@/lib/security-headers';
import { sharedCacheSeconds } from '@/lib/shared-cache.mjs';

/**
 * What an address answers before any page or cached copy of one is looked at: a moved address its
 * 301, a withdrawn release its 410, a path with a trailing slash or a broken percent-escape its
 * fix. The production server (server.mjs) asks on every request.
 *
 * Why here and not in proxy.ts: Next.js runs a proxy through its middleware adapter, which builds
 * a web Request and Response around every matched request. Measured on a cached article page,
 * that alone took about 0.7 ms of the 1.6 ms a hit cost in all, whatever the proxy did; these
 * checks take 7 to 60 µs (one or two indexed lookups). So the proxy now runs only where it has
 * work (sessions, nonces, language negotiation: see its matcher), and the public pages, nearly all
 * of the traffic, skip it.
 */
export type AddressAnswer =
  | { kind: 'pass' }
  /** Serve this path instead, as the route that answers for it (the address stays). */
  | { kind: 'rewrite'; path: string }
  | { kind: 'respond'; status: number; headers: Record<string, string> };

const pass: AddressAnswer = { kind: 'pass' };

/** API routes, Next's own files and anything with a file extension (feeds, media, sitemaps, icons). */
const notAPage = /^\/(?:api|_next|_vercel|.*\..*)/;
/** Embargo and draft links carry a dot before their signature, and are pages all the same. */
const sharedLink = /^\/[^/]+\/(?:embargo|draft)\/[^/]+$/;
const articleAddress = new RegExp(`^/(${locales.join('|')})/news/([^/]+)$`);
/** As next.config.ts sends them: HSTS only to a request that came over HTTPS. */
const headersOverHttps = { ...headersEverywhere, 'Strict-Transport-Security': strictTransportSecurity };

/**
 * A target Next must tidy first: not a path (an absolute-form `http://host/` target), or one with a
 * doubled slash or a backslash, which Next answers with a 308 to the single-slash path. Answered
 * here, `//evil.example/` would become a redirect to another site.
 */
const untidyTarget = /^(?!\/)|^[^?]*(?:\/\/|\\)/;

/**
 * `url` is the request's target as it came in: a path and its query string. `overHttps`: the proxy
 * in front says the request came over HTTPS (`X-Forwarded-Proto`), as next.config.ts reads it.
 */
export function answerAddress(url: string, { overHttps }: { overHttps: boolean }): AddressAnswer {
  if (untidyTarget.test(url)) return pass;
  const queryStart = url.indexOf('?');
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  const search = queryStart === -1 ? '' : url.slice(queryStart);
  const everywhere = overHttps ? headersOverHttps : headersEverywhere;
  if (!isDecodable(pathname)) return malformedPathAnswer(pathname, everywhere);
  if (notAPage.test(pathname) && !sharedLink.test(pathname)) return pass;

  // A moved address (a renamed release, an imported WordPress post's `/?p=ID` or permalink)
  // answers 301 to where its article is now, before locale detection would send it elsewhere.
  // Shared caches may keep the answer as briefly as a page (the address can be claimed again).
  const key = redirectLookupKey(pathname, search);
  const target = key ? findRedirect({ key }) : null;
  if (target) return redirect(301, target, { ...everywhere, 'Cache-Control': `public, max-age=0, s-maxage=${sharedCacheSeconds}` });

  // `/ar/news/x/` → `/ar/news/x`, what Next does by itself unless told not to (next.config.ts),
  // after the lookup above: an old WordPress permalink ends with a slash and must answer one 301.
  if (pathname !== '/' && pathname.endsWith('/')) return redirect(308, `${pathname.replace(/\/+$/, '') || '/'}${search}`, everywhere);

  // A withdrawn release answers 410 Gone: a page cannot, so its address is served by the route
  // that does, before any cached copy of the page could be.
  const article = articleAddress.exec(pathname);
  if (article && getWithdrawal({ locale: article[1]!, slug: decodeSegment(article[2]!) })) {
    return { kind: 'rewrite', path: `/${article[1]}/withdrawn/${article[2]}` };
  }
  return pass;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path with a broken percent-escape (`/en/news/%E0`) names nothing here: the localized not-found
 * page when the language is known, a bare 400 otherwise. Answered here because Next 16 itself
 * answers it with a 500: it tries to render a `/400` page, which fails in an app with catch-all
 * routes (vercel/next.js#94278, open in 16.4; this can go once that fix ships).
 */
function malformedPathAnswer(pathname: string, everywhere: Readonly<Record<string, string>>): AddressAnswer {
  const locale = pathname.split('/')[1];
  if (locale && isLocale(locale)) return { kind: 'rewrite', path: `/${locale}/not-found` };
  return { kind: 'respond', status: 400, headers: { ...everywhere, 'Cache-Control': 'no-store' } };
}

/** A path of this site: one slash, then anything but another slash or a backslash. */
const ownPath = /^\/(?![/\\])/;

/**
 * A redirect with the headers every response carries. The address is relative: built from the
 * request's Host, a shared cache (whose key does not hold the Host) could be made to keep a
 * redirect to someone else's site. Anything that is not a path of this site is not a redirect of
 * ours: Next answers it.
 */
function redirect(status: 301 | 308, location: string, headers: Readonly<Record<string, string>>): AddressAnswer {
  if (!ownPath.test(location)) return pass;
  return { kind: 'respond', status, headers: { ...headers, Location: location } };
}
