import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/config';
import type { LanguageAlternates } from './language-switcher';
import { SiteFooter } from './site-footer';
import { type NavigationItem, SiteHeader } from './site-header';

interface PublicShellProps {
  locale: Locale;
  /** The current page in the other languages, so the switcher keeps the reader on it. */
  alternates?: LanguageAlternates;
  /** The site's sections for the header's navigation. */
  navigation?: NavigationItem[];
  /** A notice above the header, for the staff pages among the public ones (the sign-in page's demo banner). */
  banner?: ReactNode;
  children: ReactNode;
}

/** Header, main landmark (the skip link's target) and footer of every public page. */
export function PublicShell({ locale, alternates = {}, navigation = [], banner, children }: PublicShellProps) {
  return (
    <>
      {banner}
      <SiteHeader locale={locale} alternates={alternates} navigation={navigation} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
