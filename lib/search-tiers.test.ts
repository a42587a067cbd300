import { describe, expect, it } from 'vitest';
import { searchTiers } from './search-tiers';
import { parseSearchQuery } from './search-text';

const form = '\uE000';

describe('searchTiers', () => {
  it('splits a plain query into title and body, the typed form before the stem in each', () => {
    const parsed = parseSearchQuery('والمؤتمر');
    expect(parsed.formMatch).toBe(`"${form}والموتمر"`);
    const { tiers, all, beforeLast } = searchTiers({ match: parsed.match!, strictMatch: parsed.strictMatch, formMatch: parsed.formMatch });
    expect(all).toBe(parsed.match);
    expect(beforeLast).toBe(`({search_title}: (${parsed.match})) OR (${parsed.formMatch})`);
    expect(tiers).toEqual([
      `{search_title}: (${parsed.formMatch})`,
      `({search_title}: (${parsed.match})) NOT ({search_title}: (${parsed.formMatch}))`,
      `(${parsed.formMatch}) NOT ({search_title}: (${parsed.match}))`,
      `((${parsed.match}) NOT ({search_title}: (${parsed.match}))) NOT (${parsed.formMatch})`,
    ]);
  });

  it('puts what only the glossary or the lexicon found last, and searches both expressions', () => {
    const parsed = parseSearchQuery('OCI منظمة', [['OCI', 'OIC', 'منظمة التعاون الإسلامي']]);
    const { tiers, all, beforeLast } = searchTiers({ match: parsed.match!, strictMatch: parsed.strictMatch, formMatch: parsed.formMatch });
    expect(tiers).toHaveLength(5);
    expect(beforeLast).toBe(parsed.strictMatch);
    // The own forms' tiers never evaluate the glossary's names.
    expect(tiers.slice(0, 4).some((tier) => tier.includes('oic'))).toBe(false);
    expect(tiers[4]).toBe(`(${parsed.match}) NOT (${parsed.strictMatch})`);
    expect(all).toBe(`(${parsed.match}) OR (${parsed.strictMatch})`);
  });

  it('keeps every word as typed, in a multi-word query, and none for an empty one', () => {
    expect(parseSearchQuery('food security').formMatch).toBe(`"${form}food" AND "${form}security"`);
    expect(parseSearchQuery('" ( *').formMatch).toBeNull();
  });
});
