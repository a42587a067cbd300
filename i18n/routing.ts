import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './config';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Pages declare their own hreflang alternates (an article's translations have other slugs);
  // the middleware's Link header would pair each slug with itself in every language.
  alternateLinks: false,
  // Every locale is in the URL, so a cookie adds nothing but a Set-Cookie on each public
  // response, which stops shared caches (a CDN, a front proxy) from keeping the page.
  localeCookie: false,
});
