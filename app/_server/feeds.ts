import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listFeedItems, type PublicCategory } from '@/db/queries/public-lists';
import type { Locale } from '@/i18n/config';
import { cacheTags } from '@/lib/cache-tags';
import { siteUrl } from '@/lib/env';
import { renderRss } from '@/lib/feed';
import { articlePath, categoryPath, feedPath, toUri } from '@/lib/paths';
import { renderBodyHtml } from '@/lib/render';
import { publicCacheScope } from './public-cache';

/** The RSS response for a language, or one of its sections; cached like the pages. */
export async function feedResponse({ locale, category }: { locale: Locale; category?: PublicCategory }): Promise<Response> {
  await publicCacheScope([cacheTags.publicLocale(locale)]);
  const t = await getTranslations({ locale, namespace: 'Feed' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  const items = listFeedItems({ locale, categoryId: category?.id });
  const xml = renderRss({
    title: t('title', { site: site('siteName'), section: category?.name ?? t('allNews') }),
    link: `${siteUrl}${toUri(category ? categoryPath(locale, category.slug) : `/${locale}`)}`,
    self: `${siteUrl}${toUri(feedPath(locale, category?.slug))}`,
    description: site('description'),
    language: locale,
    items: items.map((item) => ({
      title: item.title,
      link: `${siteUrl}${toUri(articlePath(item.locale, item.slug))}`,
      description: item.summary || item.bodyText.slice(0, 400),
      publishedAt: item.publishAt,
      category: item.category?.name,
      contentHtml: renderBodyHtml(item.body),
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
