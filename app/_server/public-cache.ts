import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';
import { applyDueCorrections } from '@/db/queries/corrections';
import { nextScheduledChange } from '@/db/queries/public-schedule';
import { locales } from '@/i18n/config';
import { cacheTags, publicCacheSeconds, secondsUntilNextPublish } from '@/lib/cache-tags';

/**
 * Declares the cache scope of the public page being rendered: its tags, and a lifetime that ends
 * no later than the next scheduled change (publish, expiry, correction). Pages keep their data
 * reads direct (SQLite answers in microseconds); this call exists for its effect on the page's
 * cache entry: Next lowers the page's revalidate time to this entry's and attaches its tags to
 * the page. Every public render calls it before reading, so it first lets any approved correction
 * whose time has come replace its live text: the render that the lifetime forces at that moment
 * reads the corrected text (and so do all pages rendered after it).
 */
export async function publicCacheScope(tags: string[]): Promise<void> {
  const now = new Date();
  applyDueCorrections(now);
  const next = nextScheduledChange(now);
  const seconds = secondsUntilNextPublish(now, next);
  const scoped = next && seconds < publicCacheSeconds ? [...tags, cacheTags.until(next)] : tags;
  await unstable_cache(async () => seconds, ['public-cache-scope', ...scoped], { tags: scoped, revalidate: seconds })();
}

/** Immediate expiry: the next visitor gets a fresh page, not the stale one while it rebuilds. */
const now = { expire: 0 } as const;

/**
 * Expires every public surface an article change can touch. Called for each published (or just
 * unpublished) article a server action wrote, whatever the write (article-cache-expiry.ts), with
 * the article's language and translation group:
 *  - every page, list and feed of that language (lists, related news, the article itself and,
 *    when the slug changed, the old address, which must now answer 404);
 *  - the pages of its other language versions ("Read in" links);
 *  - the sitemap.
 */
export function revalidatePublicArticle({ locale, translationGroupId }: { locale: string; translationGroupId: string }): void {
  revalidateTag(cacheTags.publicLocale(locale), now);
  revalidateTag(cacheTags.translationGroup(translationGroupId), now);
  revalidateTag(cacheTags.sitemap, now);
}

/**
 * Expires every public page of every language and the sitemap: for organization-wide settings
 * that show on all of them (e.g. the digits dates are written in).
 */
export function revalidateAllPublicPages(): void {
  for (const locale of locales) revalidateTag(cacheTags.publicLocale(locale), now);
  revalidateTag(cacheTags.sitemap, now);
}
