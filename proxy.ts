import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { locales } from './i18n/config';
import { routing } from './i18n/routing';
import { env } from './lib/env';
import { newNonce, publicPagePolicy, staffPagePolicy } from './lib/security-headers';

const handleLocale = createMiddleware(routing);

const adminPath = new RegExp(`^/(${locales.join('|')})/admin(?:/|$)`);
/** Pages rendered for each request, which can therefore carry a nonce (lib/security-headers.ts). */
const staffPage = new RegExp(`^/(${locales.join('|')})/(admin|login|embargo|draft)(?:/|$)`);
const dev = env.NODE_ENV === 'development';

/** Auth.js's session cookie (`__Secure-` over HTTPS; split into `.0`, `.1`… when large). */
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * The proxy runs only where it has work (see the matcher): staff pages, which get a fresh nonce,
 * and addresses without a language, which are sent to one. Public pages skip it: Next's adapter
 * alone costs a cached page about as much again as serving it (app/_server/address-gate.ts, which
 * the production server asks first, has the checks every address needs).
 *
 * Comfort, not security: a visitor without a session cookie is sent to the sign-in page with the
 * way back. Every admin page and action still checks the user itself on the server.
 *
 * Only the cookie's presence is looked at. Auth.js's middleware wrapper would decode the token on
 * every request and re-issue the cookie on the way out, and a request still in flight when the
 * user signs out would then put the session cookie back.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const admin = adminPath.exec(pathname);
  if (admin && !request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))) {
    const login = new URL(`/${admin[1]}/login`, request.nextUrl);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const response = handleLocale(request);
  // Next.js copies a proxy's response headers onto the request it renders, and takes the nonce
  // for its own scripts from this one; a policy a client sent itself is replaced either way.
  const policy = staffPage.test(pathname) ? staffPagePolicy(newNonce(), { dev }) : publicPagePolicy({ dev });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * Literal strings, as Next requires (it reads them at build time): the languages are spelled out,
 * and app/_server/address-gate.test.ts checks them against i18n/config.ts.
 */
export const config = {
  matcher: [
    // Addresses without a language (the root, a hand-typed or foreign path), for negotiation;
    // no API route, Next internals or file name (feeds, sitemaps, media).
    '/((?!(?:ar|en|fr)(?:/|$)|api(?:/|$)|_next/|_vercel|.*\\..*).*)',
    // Staff pages: sign-in, the admin area, and embargo and draft preview links (whose token
    // carries a dot before its signature).
    '/:locale(ar|en|fr)/admin/:path*',
    '/:locale(ar|en|fr)/login/:path*',
    '/:locale(ar|en|fr)/embargo/:token',
    '/:locale(ar|en|fr)/draft/:token',
  ],
};
