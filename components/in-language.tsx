import { directionOf } from '@/i18n/config';

/**
 * A release's own words (its title, mostly) set inside a page in another language: isolated, in
 * the release's direction. Never `dir="auto"` (or a bare <bdi>, which is the same): an Arabic
 * title that begins with "UNESCO" would read left to right.
 */
export function InLanguage({ locale, children, className }: { locale: string; children: React.ReactNode; className?: string }) {
  return (
    <bdi lang={locale} dir={directionOf(locale)} className={className}>
      {children}
    </bdi>
  );
}
