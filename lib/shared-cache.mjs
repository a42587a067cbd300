/**
 * How long any shared cache (the nginx micro-cache, a CDN) may keep a public page, in seconds.
 * Short, because the organization must be able to take a release down: an unpublished or corrected
 * article must leave every cache within this time.
 */
export const sharedCacheSeconds = 5;

/**
 * The Cache-Control that leaves the origin. Next.js gives a cached page its own lifetime for
 * shared caches (`s-maxage=<revalidate>, stale-while-revalidate=<a year>`), which would let a CDN
 * serve an unpublished release for a day and a stale one for a year; Next's own cache is expired
 * at publish time instead, so shared caches get a few seconds and no staleness. Browsers always
 * ask again (`max-age=0`); what is not cacheable for shared caches stays as Next said.
 */
export function sharedCachePolicy(value) {
  return /(^|,)\s*s-maxage=/.test(value) ? `public, max-age=0, s-maxage=${sharedCacheSeconds}` : value;
}
