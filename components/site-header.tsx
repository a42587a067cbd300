import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { SearchForm } from './search-form';
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
    <header id="top" tabIndex={-1} className="site-header">
      <div className="site-header-bar">
        <Link href={`/${locale}`} prefetch={false} className="flex flex-col leading-tight">
          <span className="text-lg font-bold">{t('orgName')}</span>
          <span className="text-sm text-brand-100">{t('tagline')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <SearchForm locale={locale} id="site-search" label={nav('search')} submitLabel={nav('search')} compact />
          <LanguageSwitcher current={locale} alternates={alternates} />
        </div>
      </div>
      {navigation.length > 0 ? (
        <nav aria-label={nav('label')} className="site-sections">
          <ul>
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false} className="section-link">
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
