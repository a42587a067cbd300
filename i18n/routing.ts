import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './config';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Pages declare their own hreflang alternates (an article's translations have other slugs);
  // the middleware's Link header would pair each slug with itself in every language.
  alternateLinks: false,
});
