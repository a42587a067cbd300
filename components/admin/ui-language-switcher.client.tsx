'use client';

import { Link, usePathname } from '@/i18n/navigation';
import { type Locale, localeSettings, locales } from '@/i18n/config';

/** Switches the interface language and stays on the same admin page. */
export function UiLanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              prefetch={false}
              aria-current={locale === current ? 'true' : undefined}
              className={locale === current ? 'rounded bg-white/15 px-2 py-1 font-bold text-white' : 'rounded px-2 py-1 text-brand-50 underline-offset-4 hover:underline'}
            >
              {localeSettings[locale].nativeName}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
