import { notFound } from 'next/navigation';
import { feedResponse } from '@/app/_server/feeds';
import { isLocale, locales } from '@/i18n/config';

export const revalidate = 86400;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** RSS 2.0 of the latest news in one language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return feedResponse({ locale });
}
