import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/config';
import { webAppManifest } from '@/lib/web-manifest';

// Built once per language: it changes only with the messages files, that is with a deploy.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** The web app manifest in one language (Next's `app/manifest.ts` convention allows only one, unlocalized). */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/manifest.webmanifest'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const manifest = webAppManifest({ locale, name: t('title'), shortName: t('siteName'), description: t('description') });
  return Response.json(manifest, { headers: { 'Content-Type': 'application/manifest+json' } });
}
