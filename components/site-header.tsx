import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { searchPath } from '@/lib/paths';
import { type LanguageAlternates, LanguageSwitcher } from './language-switcher';

export interface NavigationItem {
  name: string;
  href: string;
}

interface SiteHeaderProps {
  locale: Locale;
  alternates: LanguageAlternates;
  /** The site's sections (categories), in display order. */
  navigation: NavigationItem[];
}

export async function SiteHeader({ locale, alternates, navigation }: SiteHeaderProps) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const nav = await getTranslations({ locale, namespace: 'Navigation' });
  return (
    // tabIndex -1: the back-to-top button moves focus here, to the top of the page.
    <header id="top" tabIndex={-1} className="bg-brand-800 text-white focus:outline-none print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={`/${locale}`} prefetch={false} className="flex flex-col leading-tight">
          <span className="text-lg font-bold">{t('orgName')}</span>
          <span className="text-sm text-brand-100">{t('tagline')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <form role="search" aria-label={nav('search')} action={searchPath(locale)} method="get" className="flex items-center">
            <label htmlFor="site-search" className="sr-only">
              {nav('search')}
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              dir="auto"
              className="w-36 rounded-s border-0 bg-white px-2 py-1 text-sm text-ink sm:w-48"
            />
            <button type="submit" className="rounded-e bg-brand-600 px-3 py-1 text-sm font-bold text-white hover:bg-brand-700">
              {nav('search')}
            </button>
          </form>
          <LanguageSwitcher current={locale} alternates={alternates} />
        </div>
      </div>
      {navigation.length > 0 ? (
        <nav aria-label={nav('label')} className="border-t border-white/15 bg-brand-900">
          <ul className="mx-auto flex max-w-6xl gap-x-4 overflow-x-auto px-4 py-2 text-sm whitespace-nowrap">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false} className="text-brand-50 underline-offset-4 hover:underline">
                  {item.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
