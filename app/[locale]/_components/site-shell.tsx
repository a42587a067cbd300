import type { ReactNode } from 'react';
import type { LanguageAlternates } from '@/components/language-switcher';
import { PublicShell } from '@/components/public-shell';
import { listNavigationCategories } from '@/db/queries/public-lists';
import type { Locale } from '@/i18n/config';
import { categoryPath } from '@/lib/paths';

/** The public shell with the site's sections in the header: every public page renders in it. */
export function SiteShell({ locale, alternates, children }: { locale: Locale; alternates?: LanguageAlternates; children: ReactNode }) {
  const navigation = listNavigationCategories({ locale }).map((category) => ({ name: category.name, href: categoryPath(locale, category.slug) }));
  return (
    <PublicShell locale={locale} alternates={alternates} navigation={navigation}>
      {children}
    </PublicShell>
  );
}
