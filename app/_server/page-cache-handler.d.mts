// Types for the cache handler, which Next loads as plain JavaScript from next.config.ts.
export interface CachedEntry {
  lastModified: number;
  value: { kind: string; headers?: Record<string, string | string[] | undefined> } | null;
  cacheControl?: { revalidate: number | false; expire?: number };
}

export function isPastLifetime(entry: CachedEntry | null, now: number): boolean;

declare const PageCacheHandler: new (options: unknown) => { get(key: string, ctx: unknown): Promise<CachedEntry | null> };
export default PageCacheHandler;
