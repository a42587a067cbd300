import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { organizationTimeZone } from '@/db/queries/settings';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Dates are shown in the organization's time zone unless a page says otherwise.
    timeZone: organizationTimeZone(),
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
