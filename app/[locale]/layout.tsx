import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { directionOf } from '@/i18n/config';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/lib/env';
import { brandColor, manifestPath, siteIcons } from '@/lib/web-manifest';
import { arabicFont, latinFont } from '../fonts';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t('title'), template: `%s — ${t('siteName')}` },
    description: t('description'),
    applicationName: t('siteName'),
    // The SVG first for browsers that draw it sharp at any size; the ICO for the rest.
    icons: {
      icon: [
        { url: siteIcons.svg, type: 'image/svg+xml' },
        { url: siteIcons.ico, sizes: '16x16 32x32 48x48' },
      ],
      apple: { url: siteIcons.appleTouch, sizes: '180x180' },
    },
    manifest: manifestPath(locale),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: brandColor,
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Layout' });

  return (
    <html lang={locale} dir={directionOf(locale)} className={`${latinFont.variable} ${arabicFont.variable}`}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-brand-700 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:start-4 focus:top-4"
        >
          {t('skipToContent')}
        </a>
        {/* No NextIntlClientProvider here: public client islands get their strings as props, which
            keeps next-intl's client runtime (~10 KB gzipped) off public pages. */}
        {children}
      </body>
    </html>
  );
}
