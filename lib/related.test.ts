import { describe, expect, it } from 'vitest';
import { rankRelated, type RelatedCandidate, relatedScore, salientTerms } from './related';

const now = new Date('2026-11-29T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

function article(id: number, overrides: Partial<RelatedCandidate> = {}): RelatedCandidate {
  return { id, tagIds: [], categoryId: null, titleTerms: [], bodyTerms: [], publishAt: daysAgo(10), ...overrides };
}

const target = article(1, {
  tagIds: [10, 11],
  categoryId: 5,
  titleTerms: ['موتمر', 'امن', 'حدود'],
  bodyTerms: ['موتمر', 'موتمر', 'ارهاب', 'ارهاب', 'تعاون', 'حدود'],
});

describe('relatedScore', () => {
  it('weighs a shared tag above a same category, and both above nothing', () => {
    const tag = relatedScore(target, article(2, { tagIds: [10] }), now);
    const category = relatedScore(target, article(3, { categoryId: 5 }), now);
    const nothing = relatedScore(target, article(4), now);
    expect(tag).toBeGreaterThan(category);
    expect(category).toBeGreaterThan(nothing);
  });

  it('counts textual similarity of titles and bodies', () => {
    const similar = relatedScore(target, article(2, { titleTerms: ['موتمر', 'حدود'], bodyTerms: ['ارهاب', 'تعاون'] }), now);
    const unrelated = relatedScore(target, article(3, { titleTerms: ['معرض', 'خط'], bodyTerms: ['فن'] }), now);
    expect(similar).toBeGreaterThan(unrelated);
  });

  it('gives recency a bonus smaller than one shared tag', () => {
    const fresh = relatedScore(target, article(2, { publishAt: now }), now);
    const old = relatedScore(target, article(3, { publishAt: daysAgo(365) }), now);
    const taggedOld = relatedScore(target, article(4, { tagIds: [11], publishAt: daysAgo(365) }), now);
    expect(fresh).toBeGreaterThan(old);
    expect(taggedOld).toBeGreaterThan(fresh);
  });

  it('caps the tags that count, so tag-stuffing does not win alone', () => {
    const many = article(1, { tagIds: [1, 2, 3, 4, 5, 6] });
    const three = relatedScore(many, article(2, { tagIds: [1, 2, 3] }), now);
    const six = relatedScore(many, article(3, { tagIds: [1, 2, 3, 4, 5, 6] }), now);
    expect(six).toBe(three);
  });
});

describe('salientTerms', () => {
  it('keeps the most frequent terms longer than two letters', () => {
    expect([...salientTerms(['في', 'في', 'موتمر', 'موتمر', 'امن'], 1)]).toEqual(['موتمر']);
  });
});

describe('rankRelated', () => {
  it('never returns the article itself, nor a candidate twice', () => {
    const ranked = rankRelated(target, [target, article(2), article(2), article(3)], now);
    expect(ranked).not.toContain(1);
    expect(ranked).toEqual([...new Set(ranked)]);
  });

  it('returns at most six, best first, newer first on equal scores', () => {
    const candidates = Array.from({ length: 10 }, (_, i) => article(i + 2, { publishAt: daysAgo(i) }));
    candidates.push(article(50, { tagIds: [10, 11], categoryId: 5, publishAt: daysAgo(300) }));
    const ranked = rankRelated(target, candidates, now);
    expect(ranked).toHaveLength(6);
    expect(ranked[0]).toBe(50);
    expect(ranked.slice(1)).toEqual([2, 3, 4, 5, 6]);
  });
});
