import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { findRedirect } from './db/queries/redirects';
import { redirectLookupKey } from './lib/redirects';
import { sharedCacheSeconds } from './lib/shared-cache.mjs';
import { getWithdrawal } from './db/queries/release-lifetime';
import { isLocale, locales } from './i18n/config';
import { routing } from './i18n/routing';
import { env } from './lib/env';
import { newNonce, publicPagePolicy, staffPagePolicy } from './lib/security-headers';

const handleLocale = createMiddleware(routing);

const adminPath = new RegExp(`^/(${locales.join('|')})/admin(?:/|$)`);
/** Pages rendered for each request, which can therefore carry a nonce (lib/security-headers.ts). */
const staffPage = new RegExp(`^/(${locales.join('|')})/(admin|login|embargo|draft)(?:/|$)`);
const dev = env.NODE_ENV === 'development';
const articleAddress = new RegExp(`^/(${locales.join('|')})/news/([^/]+)$`);

/** Auth.js's session cookie (`__Secure-` over HTTPS; split into `.0`, `.1`… when large). */
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Comfort, not security: a visitor without a session cookie is sent to the sign-in page with the
 * way back. Every admin page and action still checks the user itself on the server.
 *
 * Only the cookie's presence is looked at. Auth.js's middleware wrapper would decode the token on
 * every public request and re-issue the cookie on the way out, and a request still in flight when
 * the user signs out would then put the session cookie back.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isDecodable(pathname)) return malformedPathResponse(request, pathname);
  // A file or an API path reaches the proxy only for that check (it has a percent-escape).
  if (!isPage(pathname)) return NextResponse.next();
  const admin = adminPath.exec(pathname);
  if (admin && !request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))) {
    const login = new URL(`/${admin[1]}/login`, request.nextUrl);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const moved = movedAddressResponse(request) ?? withoutTrailingSlash(request);
  if (moved) return moved;
  // A withdrawn release's address answers 410 Gone: a page cannot, so the proxy hands it to the
  // route that does, before any cached copy of the page could be served (one indexed lookup).
  const article = articleAddress.exec(pathname);
  if (article && getWithdrawal({ locale: article[1]!, slug: decodeURIComponent(article[2]!) })) {
    return NextResponse.rewrite(new URL(`/${article[1]}/withdrawn/${article[2]}`, request.url));
  }
  const response = handleLocale(request);
  // Next.js copies a proxy's response headers onto the request it renders, and takes the nonce
  // for its own scripts from this one; a policy a client sent itself is replaced either way.
  const policy = staffPage.test(pathname) ? staffPagePolicy(newNonce(), { dev }) : publicPagePolicy({ dev });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/** What Next does by itself unless told not to (next.config.ts): `/ar/news/x/` → `/ar/news/x`. */
function withoutTrailingSlash(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (pathname === '/' || !pathname.endsWith('/')) return null;
  // A plain URL: a NextURL would put the slash back when it is turned into a string.
  const url = new URL(request.url);
  url.pathname = pathname.replace(/\/+$/, '') || '/';
  return NextResponse.redirect(url, 308);
}

/**
 * A moved address (a renamed release, an imported WordPress post's `/?p=ID` or permalink) answers
 * 301 to where its article is now, before locale detection would send it elsewhere. Answered here,
 * not by the page: a page's `permanentRedirect` is a 308, and a WordPress path has no page at all.
 * Shared caches may keep the answer as briefly as a page (the address can be claimed again).
 */
function movedAddressResponse(request: NextRequest): NextResponse | null {
  const key = redirectLookupKey(request.nextUrl.pathname, request.nextUrl.search);
  const target = key ? findRedirect({ key }) : null;
  if (!target) return null;
  const response = NextResponse.redirect(new URL(target, request.nextUrl), 301);
  response.headers.set('Cache-Control', `public, max-age=0, s-maxage=${sharedCacheSeconds}`);
  return response;
}

/** What the first matcher below selects (no API route, no Next internals, no file name), plus embargo and draft preview links. */
const notAPage = /^\/(?:api|_next|_vercel|.*\..*)/;
const sharedLink = /^\/[^/]+\/(?:embargo|draft)\/[^/]+$/;
const isPage = (pathname: string) => !notAPage.test(pathname) || sharedLink.test(pathname);

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
function malformedPathResponse(request: NextRequest, pathname: string): NextResponse {
  const locale = pathname.split('/')[1];
  if (locale && isLocale(locale)) return NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url));
  return new NextResponse(null, { status: 400 });
}

export const config = {
  matcher: [
    // Everything but API routes, Next internals and files with an extension (feeds, sitemap, media)…
    '/((?!api|_next|_vercel|.*\\..*).*)',
    // …and embargo and draft preview links, whose token carries a dot before its signature…
    '/:locale/embargo/:token',
    '/:locale/draft/:token',
    // …and any path with a percent-escape, which may be malformed (see malformedPathResponse).
    '/(.*%.*)',
  ],
};
