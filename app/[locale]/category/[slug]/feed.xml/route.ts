import { notFound } from 'next/navigation';
import { feedResponse } from '@/app/_server/feeds';
import { getPublicCategory } from '@/db/queries/public-lists';
import { isLocale } from '@/i18n/config';
import { decodeSegment } from '@/lib/paths';

export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

/** RSS 2.0 of the latest news of one section, in one language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/category/[slug]/feed.xml'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const category = getPublicCategory({ locale, slug: decodeSegment(slug) });
  if (!category) notFound();
  return feedResponse({ locale, category });
}
