import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { authConfig } from './auth.config';
import { locales } from './i18n/config';
import { routing } from './i18n/routing';

const handleLocale = createMiddleware(routing);
const { auth } = NextAuth(authConfig);

const adminPath = new RegExp(`^/(${locales.join('|')})/admin(?:/|$)`);

/**
 * Comfort, not security: a visitor without a session cookie is sent to the sign-in page with the
 * way back. Every admin page and action still checks the user itself on the server.
 */
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const admin = adminPath.exec(pathname);
  if (admin && !request.auth) {
    const login = new URL(`/${admin[1]}/login`, request.nextUrl);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return handleLocale(request);
});

export const config = {
  // Everything but API routes, Next internals and files with an extension (feeds, sitemap, media).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
