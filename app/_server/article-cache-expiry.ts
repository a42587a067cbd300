import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { type ArticleWrite, onArticleWrite, touchesPublicSite } from '@/db/article-writes';
import { revalidatePublicArticle } from './public-cache';

/**
 * Expires the public pages of every article a server action wrote, when readers could see the
 * change (it is, or was, published). Why here: the data layer announces every article write
 * (db/article-writes.ts) but may not import Next's cache; this module listens, and the action
 * wrapper (safe-action.ts), which every mutation goes through, runs each action inside
 * `expiringPublicPages`. No action has to remember to expire anything.
 *
 * Only inside an action: Next refuses `revalidateTag` during a render, and the one article write
 * a render makes (a correction whose time has come, public-cache.ts) needs no expiry: every cached
 * page already ends at that moment. Scripts (seed, import) run without a Next cache to expire.
 */

// On globalThis, like the listener registry: Next may evaluate this module once per server bundle,
// and the listener one bundle registers must find the writes of an action another bundle runs.
const shared = globalThis as unknown as { bayanActionArticleWrites?: AsyncLocalStorage<ArticleWrite[]> };
const actionWrites = (shared.bayanActionArticleWrites ??= new AsyncLocalStorage<ArticleWrite[]>());

onArticleWrite('public-cache', (write) => {
  if (touchesPublicSite(write)) actionWrites.getStore()?.push(write);
});

/** Runs an action's change, then expires the public pages of the published articles it wrote. */
export async function expiringPublicPages<T>(run: () => T | Promise<T>): Promise<T> {
  const writes: ArticleWrite[] = [];
  try {
    return await actionWrites.run(writes, run);
  } finally {
    // Also after a failure: a write that was rolled back costs one needless rebuild, a kept one missed would serve stale text.
    const releases = new Map(writes.map((write) => [`${write.locale}:${write.translationGroupId}`, write]));
    for (const { locale, translationGroupId } of releases.values()) revalidatePublicArticle({ locale, translationGroupId });
  }
}
