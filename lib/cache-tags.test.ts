import { describe, expect, it } from 'vitest';
import { cacheTags, publicCacheSeconds, secondsUntilNextPublish } from './cache-tags';

describe('public cache lifetime', () => {
  const now = new Date('2026-11-29T10:00:00Z');

  it('ends at the next scheduled publish', () => {
    expect(secondsUntilNextPublish(now, new Date('2026-11-29T10:05:00.200Z'))).toBe(301);
  });

  it('lasts a day when nothing is scheduled or the schedule is far', () => {
    expect(secondsUntilNextPublish(now, null)).toBe(publicCacheSeconds);
    expect(secondsUntilNextPublish(now, new Date('2026-12-29T10:00:00Z'))).toBe(publicCacheSeconds);
  });

  it('never asks for zero or negative seconds', () => {
    expect(secondsUntilNextPublish(now, new Date('2026-11-29T09:00:00Z'))).toBe(1);
  });

  it('names tags per language and per release', () => {
    expect(cacheTags.publicLocale('ar')).toBe('public:ar');
    expect(cacheTags.translationGroup('demo-x')).toBe('public:group:demo-x');
  });
});
