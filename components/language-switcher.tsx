import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type Locale, localeSettings, locales } from '@/i18n/config';

/** Where each language version of the current page lives, e.g. `{ en: '/en/news/x' }`. */
export type LanguageAlternates = Partial<Record<Locale, string>>;

interface LanguageSwitcherProps {
  current: Locale;
  /** Missing languages fall back to that language's home page. */
  alternates: LanguageAlternates;
}

/** Plain links (no JavaScript): each names its language in that language, marked with lang/hreflang. */
export async function LanguageSwitcher({ current, alternates }: LanguageSwitcherProps) {
  const t = await getTranslations({ locale: current, namespace: 'LanguageSwitcher' });
  return (
    <nav aria-label={t('label')}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((locale) => {
          const isCurrent = locale === current;
          return (
            <li key={locale}>
              <Link
                href={alternates[locale] ?? `/${locale}`}
                lang={locale}
                hrefLang={locale}
                aria-current={isCurrent ? 'true' : undefined}
                prefetch={false}
                className={
                  isCurrent
                    ? 'rounded bg-white/15 px-2 py-1 font-bold text-white'
                    : 'section-link rounded px-2 py-1'
                }
              >
                {localeSettings[locale].nativeName}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
