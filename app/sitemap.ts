import type { MetadataRoute } from 'next';
import { publicCacheScope } from '@/app/_server/public-cache';
import { listSitemapEntries } from '@/db/queries/public';
import { locales } from '@/i18n/config';
import { cacheTags } from '@/lib/cache-tags';
import { siteUrl } from '@/lib/env';
import { articlePath, toUri } from '@/lib/paths';

export const revalidate = 86400;

/**
 * Every public article, each with its language versions as hreflang alternates, plus the home
 * pages. One file holds up to 50,000 URLs; past that, split with generateSitemaps.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await publicCacheScope([cacheTags.sitemap, ...locales.map(cacheTags.publicLocale)]);
  const entries = listSitemapEntries();
  const groups = new Map<string, Record<string, string>>();
  for (const entry of entries) {
    const group = groups.get(entry.translationGroupId) ?? {};
    group[entry.locale] = `${siteUrl}${toUri(articlePath(entry.locale, entry.slug))}`;
    groups.set(entry.translationGroupId, group);
  }
  const homes = Object.fromEntries(locales.map((locale) => [locale, `${siteUrl}/${locale}`]));
  return [
    ...locales.map((locale) => ({ url: `${siteUrl}/${locale}`, changeFrequency: 'hourly' as const, alternates: { languages: homes } })),
    ...entries.map((entry) => ({
      url: `${siteUrl}${toUri(articlePath(entry.locale, entry.slug))}`,
      lastModified: entry.updatedAt,
      alternates: { languages: groups.get(entry.translationGroupId) ?? {} },
    })),
  ];
}
