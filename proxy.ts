import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { locales } from './i18n/config';
import { routing } from './i18n/routing';

const handleLocale = createMiddleware(routing);

const adminPath = new RegExp(`^/(${locales.join('|')})/admin(?:/|$)`);

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
  const admin = adminPath.exec(pathname);
  if (admin && !request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))) {
    const login = new URL(`/${admin[1]}/login`, request.nextUrl);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return handleLocale(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension (feeds, sitemap, media).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
