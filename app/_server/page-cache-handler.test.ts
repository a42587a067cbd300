import { describe, expect, it } from 'vitest';
import { isPastLifetime } from './page-cache-handler.mjs';

const renderedAt = Date.parse('2026-11-29T10:00:00Z');
const page = (status: number, revalidate: number | false | undefined, kind = 'APP_PAGE') => ({
  lastModified: renderedAt,
  value: { kind, status },
  cacheControl: revalidate === undefined ? undefined : { revalidate, expire: 31_536_000 },
});

describe('isPastLifetime', () => {
  it('keeps a page within its lifetime', () => {
    expect(isPastLifetime(page(200, 60), renderedAt + 59_999)).toBe(false);
    expect(isPastLifetime(page(404, 60), renderedAt + 1_000)).toBe(false);
  });

  it('drops a page or feed once its lifetime has ended, whatever its status', () => {
    expect(isPastLifetime(page(200, 60), renderedAt + 60_000)).toBe(true);
    expect(isPastLifetime(page(404, 8), renderedAt + 9_000)).toBe(true);
    expect(isPastLifetime(page(200, 3_600, 'APP_ROUTE'), renderedAt + 3_600_000)).toBe(true);
  });

  it('drops a page at the scheduled moment it was rendered for, however long the render took', () => {
    const until = renderedAt + 30_000;
    const tagged = { ...page(200, 30), value: { kind: 'APP_PAGE', status: 200, headers: { 'x-next-cache-tags': `public:en,public:until:${until},_N_T_/en` } } };
    expect(isPastLifetime(tagged, until - 1)).toBe(false);
    expect(isPastLifetime(tagged, until)).toBe(true);
  });

  it('leaves entries it cannot judge to Next: no lifetime, a lifetime of forever, data entries', () => {
    expect(isPastLifetime(page(200, undefined), renderedAt + 86_400_000)).toBe(false);
    expect(isPastLifetime(page(200, false), renderedAt + 86_400_000)).toBe(false);
    expect(isPastLifetime(page(200, 60, 'FETCH'), renderedAt + 86_400_000)).toBe(false);
    expect(isPastLifetime(null, renderedAt)).toBe(false);
  });
});
