import { directionOf } from '@/i18n/config';

/** The brand green (`--color-brand-700` in app/globals.css): the browser chrome and the icon's ground. */
export const brandColor = '#0e5a3f';

/** The files in public/ that stand for the site; scripts/site-icons.ts draws the PNG and ICO ones from the SVG. */
export const siteIcons = {
  svg: '/favicon.svg',
  ico: '/favicon.ico',
  appleTouch: '/apple-touch-icon.png',
  logo: '/logo.svg',
} as const;

export const manifestPath = (locale: string) => `/${locale}/manifest.webmanifest`;

interface ManifestText {
  locale: string;
  name: string;
  shortName: string;
  description: string;
}

/**
 * The web app manifest of one language version of the site. One per language because a manifest
 * has a single `name`, `lang` and `dir`, and an installed Arabic site should open in Arabic.
 */
export function webAppManifest({ locale, name, shortName, description }: ManifestText) {
  return {
    id: `/${locale}`,
    name,
    short_name: shortName,
    description,
    lang: locale,
    dir: directionOf(locale),
    start_url: `/${locale}`,
    scope: `/${locale}`,
    display: 'browser',
    theme_color: brandColor,
    background_color: '#ffffff',
    icons: [
      { src: siteIcons.svg, type: 'image/svg+xml', sizes: 'any' },
      { src: '/icon-192.png', type: 'image/png', sizes: '192x192' },
      { src: '/icon-512.png', type: 'image/png', sizes: '512x512' },
    ],
  };
}
