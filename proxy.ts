import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next internals and files with an extension (feeds, sitemap, media).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
