import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { type LanguageAlternates, LanguageSwitcher } from './language-switcher';

interface SiteHeaderProps {
  locale: Locale;
  alternates: LanguageAlternates;
}

export async function SiteHeader({ locale, alternates }: SiteHeaderProps) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={`/${locale}`} className="flex flex-col leading-tight">
          <span className="text-lg font-bold">{t('orgName')}</span>
          <span className="text-sm text-brand-100">{t('tagline')}</span>
        </Link>
        <LanguageSwitcher current={locale} alternates={alternates} />
      </div>
    </header>
  );
}
