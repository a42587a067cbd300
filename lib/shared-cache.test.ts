import { describe, expect, it } from 'vitest';
import { sharedCacheSeconds, sharedCachePolicy } from './shared-cache.mjs';

describe('sharedCachePolicy', () => {
  it('gives cached pages a few seconds in shared caches and no staleness', () => {
    expect(sharedCachePolicy('s-maxage=86400, stale-while-revalidate=31449600')).toBe(`public, max-age=0, s-maxage=${sharedCacheSeconds}`);
    expect(sharedCachePolicy('s-maxage=31536000')).toBe(`public, max-age=0, s-maxage=${sharedCacheSeconds}`);
    expect(sharedCacheSeconds).toBeLessThanOrEqual(5);
  });

  it('leaves what shared caches must not keep, and immutable assets, as they are', () => {
    for (const value of ['private, no-cache, no-store, max-age=0, must-revalidate', 'public, max-age=31536000, immutable', 'public, max-age=0, must-revalidate']) {
      expect(sharedCachePolicy(value)).toBe(value);
    }
  });
});
