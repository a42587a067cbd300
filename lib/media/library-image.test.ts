import { describe, expect, it } from 'vitest';
import { matchesLibraryQuery, toLibraryImage } from './library-image';

const hash = 'd'.repeat(64);
const image = toLibraryImage({
  id: 3,
  contentHash: hash,
  width: 1200,
  height: 800,
  variantWidths: [960, 480, 1200],
  placeholder: null,
  credit: 'Agence Maghreb Presse',
  texts: { ar: { alt: 'وفد المنظمة', caption: 'افتتاح الدورة' }, en: { alt: 'The delegation', caption: '' } },
});

describe('library image', () => {
  it('points the thumbnail at the smallest variant and src at the largest', () => {
    expect(image.thumbnail).toBe(`/media/${hash}/480.webp`);
    expect(image.src).toBe(`/media/${hash}/1200.webp`);
    expect(image.alt).toEqual({ ar: 'وفد المنظمة', en: 'The delegation' });
  });

  it('matches every word of a query in alt texts, captions or credit, any case', () => {
    expect(matchesLibraryQuery(image, 'delegation maghreb')).toBe(true);
    expect(matchesLibraryQuery(image, 'افتتاح')).toBe(true);
    expect(matchesLibraryQuery(image, '')).toBe(true);
    expect(matchesLibraryQuery(image, 'delegation paris')).toBe(false);
  });
});
