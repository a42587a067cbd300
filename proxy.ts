import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { getWithdrawal } from './db/queries/release-lifetime';
import { isLocale, locales } from './i18n/config';
import { routing } from './i18n/routing';

const handleLocale = createMiddleware(routing);

const adminPath = new RegExp(`^/(${locales.join('|')})/admin(?:/|$)`);
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
  // A withdrawn release's address answers 410 Gone: a page cannot, so the proxy hands it to the
  // route that does, before any cached copy of the page could be served (one indexed lookup).
  const article = articleAddress.exec(pathname);
  if (article && getWithdrawal({ locale: article[1]!, slug: decodeURIComponent(article[2]!) })) {
    return NextResponse.rewrite(new URL(`/${article[1]}/withdrawn/${article[2]}`, request.url));
  }
  return handleLocale(request);
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
