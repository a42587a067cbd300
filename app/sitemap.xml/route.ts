import { publicCacheScope } from '@/app/_server/public-cache';
import { listSitemapBlocks } from '@/db/queries/sitemap';
import { locales } from '@/i18n/config';
import { cacheTags } from '@/lib/cache-tags';
import { siteUrl } from '@/lib/env';
import { renderSitemapIndex, type SitemapFile, sitemapFileName } from '@/lib/sitemap';

export const revalidate = 86400;

/**
 * The sitemap index (robots.txt points here): the home pages' file, then one file per block of
 * article ids that holds a public article (lib/sitemap.ts). One file for everything broke the
 * protocol past 50,000 URLs.
 */
export async function GET() {
  await publicCacheScope([cacheTags.sitemap, ...locales.map(cacheTags.publicLocale)]);
  const files: SitemapFile[] = [{ kind: 'home' }, ...listSitemapBlocks().map((block) => ({ kind: 'news' as const, block }))];
  const xml = renderSitemapIndex(files.map((file) => ({ url: `${siteUrl}/sitemap/${sitemapFileName(file)}`, lastModified: null })));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
