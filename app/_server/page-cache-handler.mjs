import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

// Node hands over the CommonJS exports object, the server bundle its default export.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/**
 * Next's own page cache, with one change: a cached page or feed whose lifetime has ended is
 * treated as absent, so the next request waits for a fresh render instead of being served the
 * stale copy while it is rebuilt in the background (stale-while-revalidate).
 *
 * Why: public pages live until the next scheduled publish, and that moment must be exact: the
 * first reader after an embargo lifts gets the release, not yesterday's list or a 404. It also
 * avoids a Next defect: a background rebuild reads the status of the stale response being served,
 * so an embargoed article's cached 404, rebuilt after its time, came back with a not-found page's
 * head — the site's default title and `<meta name="robots" content="noindex">` — around the
 * article (vercel/next.js#71440, still open in 16.4). Concurrent requests for one page still
 * share a single render; data-cache entries (`unstable_cache`) keep their usual behaviour.
 */
export default class PageCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    return isPastLifetime(entry, Date.now()) ? null : entry;
  }
}

const responseKinds = new Set(['APP_PAGE', 'APP_ROUTE']);

/** The tag a public page carries for the moment it must end (lib/cache-tags.ts `cacheTags.until`). */
const untilTag = /(?:^|,)public:until:(\d+)(?=,|$)/;

/**
 * Whether a cached page or route response has outlived its `revalidate` time, or the scheduled
 * moment it was rendered for. The `revalidate` time counts from when the entry was stored, i.e.
 * after rendering, which can take seconds on a busy server; the `public:until:<ms>` tag names the
 * moment itself (a publish, an expiry, a correction), so the page ends exactly then.
 */
export function isPastLifetime(entry, now) {
  if (!entry || !responseKinds.has(entry.value?.kind)) return false;
  const tags = entry.value?.headers?.['x-next-cache-tags'];
  const until = untilTag.exec(Array.isArray(tags) ? tags.join(',') : (tags ?? ''));
  if (until && Number(until[1]) <= now) return true;
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate === 'number' && entry.lastModified + revalidate * 1000 <= now;
}
