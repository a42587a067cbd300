import { describe, expect, it } from 'vitest';
import { normalizeSlugInput, slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it('keeps Arabic letters, strips tashkeel and tatweel, and joins words with hyphens', () => {
    expect(slugify('القِمَّةُ العربيــة  تُعقد في جدة')).toBe('القمة-العربية-تعقد-في-جدة');
    expect(slugify('مؤتمر 2025: الأمن الغذائي؟')).toBe('مؤتمر-2025-الأمن-الغذائي');
  });

  it('lowercases Latin titles to ASCII and removes French accents', () => {
    expect(slugify('Sommet à Djeddah : l’Élève et la Coopération')).toBe('sommet-a-djeddah-l-eleve-et-la-cooperation');
    expect(slugify('UNA Reports 2025 Growth!')).toBe('una-reports-2025-growth');
  });
});

describe('normalizeSlugInput', () => {
  it('derives from the title when the slug is left empty', () => {
    expect(normalizeSlugInput('', 'Press Release')).toEqual({ ok: true, slug: 'press-release' });
  });

  it('cleans a slug the writer typed', () => {
    expect(normalizeSlugInput('  Mon Titre ', 'x')).toEqual({ ok: true, slug: 'mon-titre' });
  });

  it('refuses bidi control characters in the slug', () => {
    expect(normalizeSlugInput('abc\u202Eexe', 'x')).toEqual({ ok: false, problem: 'bidi' });
  });

  it('refuses a slug with no letters or digits', () => {
    expect(normalizeSlugInput('---', '')).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('uniqueSlug', () => {
  it('adds the first free number to a taken slug', () => {
    const taken = new Set(['خبر', 'خبر-2']);
    expect(uniqueSlug('خبر', (slug) => taken.has(slug))).toBe('خبر-3');
    expect(uniqueSlug('news', (slug) => taken.has(slug))).toBe('news');
  });
});
