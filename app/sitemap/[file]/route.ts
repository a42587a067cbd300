import { notFound } from 'next/navigation';
import { publicCacheScope } from '@/app/_server/public-cache';
import { listSitemapBlock } from '@/db/queries/sitemap';
import { locales } from '@/i18n/config';
import { cacheTags } from '@/lib/cache-tags';
import { siteUrl } from '@/lib/env';
import { articlePath, toUri } from '@/lib/paths';
import { parseSitemapFileName, renderUrlSet, type SitemapUrl } from '@/lib/sitemap';

export const revalidate = 86400;

/** One file of the sitemap index: the home pages, or the public articles of one block of ids, each with its language versions as hreflang alternates. */
export async function GET(_request: Request, { params }: RouteContext<'/sitemap/[file]'>) {
  const file = parseSitemapFileName((await params).file);
  if (!file) notFound();
  await publicCacheScope([cacheTags.sitemap, ...locales.map(cacheTags.publicLocale)]);
  let urls: SitemapUrl[];
  if (file.kind === 'home') {
    const homes = Object.fromEntries(locales.map((locale) => [locale, `${siteUrl}/${locale}`]));
    urls = locales.map((locale) => ({ url: homes[locale]!, changeFrequency: 'hourly', alternates: homes }));
  } else {
    // The sitemap protocol wants URIs: the article paths' letters percent-encoded.
    urls = listSitemapBlock({ block: file.block }).map((article) => ({
      url: `${siteUrl}${toUri(articlePath(article.locale, article.slug))}`,
      lastModified: article.updatedAt,
      alternates: Object.fromEntries(Object.entries(article.versions).map(([locale, slug]) => [locale, `${siteUrl}${toUri(articlePath(locale, slug))}`])),
    }));
    // A block with no public article is not in the index: it is not a file either.
    if (urls.length === 0) notFound();
  }
  return new Response(renderUrlSet(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
