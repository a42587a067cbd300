/**
 * Cache tags of the public site, named in one place. A public page is cached until the next
 * scheduled publish (or a day) and carries the tags below; revalidating a tag expires every page
 * that carries it (app/_server/public-cache.ts).
 *
 * Why so coarse: every article page lists related news, and every list shows titles, so a change
 * to one article of a language can show on any public page of that language. Expiry is lazy (a
 * page is rebuilt on its next visit), so a coarse tag costs nothing until someone reads.
 */
export const cacheTags = {
  /** Every public page, list and feed of one language. */
  publicLocale: (locale: string) => `public:${locale}`,
  /** The pages of all language versions of one release ("Read in" links point at each other). */
  translationGroup: (translationGroupId: string) => `public:group:${translationGroupId}`,
  /** The sitemap, which lists every language. */
  sitemap: 'public:sitemap',
  /**
   * The scheduled moment a page must end (app/_server/page-cache-handler.mjs reads it): exact,
   * where a lifetime in seconds would count from the end of a slow render.
   */
  until: (at: Date) => `public:until:${at.getTime()}`,
} as const;

/** Longest a public page stays cached when nothing is scheduled and nobody edits: one day. */
export const publicCacheSeconds = 86_400;

/**
 * Seconds a page rendered at `now` may stay cached: until the next scheduled publish (so the
 * embargoed article appears at its time), at least one second, at most `publicCacheSeconds`.
 */
export function secondsUntilNextPublish(now: Date, nextPublish: Date | null): number {
  if (!nextPublish) return publicCacheSeconds;
  return Math.min(publicCacheSeconds, Math.max(1, Math.ceil((nextPublish.getTime() - now.getTime()) / 1000)));
}
