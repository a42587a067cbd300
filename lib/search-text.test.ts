import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from './render';
import { foldLatin, highlightExcerpt, indexTerms, normalizedWords, parseSearchQuery, searchColumnsFor } from './search-text';

/** Whether a query finds a text: every query word has a stem among the text's terms. */
function finds(query: string, text: string, language: string) {
  const terms = new Set(indexTerms(text, language));
  return parseSearchQuery(query).terms.every((stems) => stems.some((stem) => terms.has(stem)));
}

describe('normalization for search', () => {
  it('folds Latin case and accents', () => {
    expect(foldLatin('Conférence Économique')).toBe('conference economique');
    expect(normalizedWords('L’Éducation, ÉTÉ 2024!')).toEqual(['l', 'education', 'ete', '2024']);
  });

  it('finds Arabic words across attached prefixes, plurals, hamza and tashkeel', () => {
    const text = 'افتتح الأمين العام أعمال المؤتمرات الإقليمية للتعليم في جدة';
    expect(finds('والمؤتمر', text, 'ar')).toBe(true);
    expect(finds('مؤتمر', text, 'ar')).toBe(true);
    expect(finds('الاقليميه', text, 'ar')).toBe(true);
    expect(finds('التَّعْلِيم', text, 'ar')).toBe(true);
    expect(finds('مؤتمر الصحة', text, 'ar')).toBe(false);
  });

  it('finds English and French words across inflection and accents', () => {
    expect(finds('conference', 'The ministerial conferences opened', 'en')).toBe(true);
    expect(finds('Securite alimentaire', 'la sécurité alimentaire des États', 'fr')).toBe(true);
    expect(finds('réfugiés', 'aide aux refugies', 'fr')).toBe(true);
  });

  it('finds digits written in any script', () => {
    expect(finds('٢٠٢٤', 'في عام 2024', 'ar')).toBe(true);
  });

  it('stores title and summary apart from the body', () => {
    const columns = searchColumnsFor({ title: 'المؤتمر', summary: 'الصحة', body: bodyFromParagraphs(['للتعليم']), locale: 'ar' });
    expect(columns.searchTitle).toBe('موتمر صحه');
    expect(columns.searchBody).toBe('تعليم');
  });
});

describe('parseSearchQuery', () => {
  it.each([
    ['"unbalanced quote'],
    ['(unbalanced'],
    ['a NEAR b'],
    ['word*'],
    ['title:x'],
    ['^start'],
    ['OR'],
    ['AND NOT'],
    ['"" OR ""'],
    ['-minus +plus'],
    ["'; DROP TABLE articles; --"],
    ['{col1 col2}: x'],
  ])('turns hostile input %j into quoted terms only', (input) => {
    const { match } = parseSearchQuery(input);
    if (match !== null) expect(match).toMatch(/^(\(?"[\p{L}\p{N}]+"( OR "[\p{L}\p{N}]+")*\)?)( AND \(?"[\p{L}\p{N}]+"( OR "[\p{L}\p{N}]+")*\)?)*$/u);
  });

  it('has no query for input without words', () => {
    expect(parseSearchQuery('   ').match).toBeNull();
    expect(parseSearchQuery('*** ((( """').match).toBeNull();
  });

  it('ORs the stems of an ambiguous word and ANDs the words', () => {
    expect(parseSearchQuery('ومؤتمر جدة').match).toBe('("وموتمر" OR "موتمر") AND "جده"');
  });

  it('drops repeated words and caps the number of terms', () => {
    expect(parseSearchQuery('مؤتمر المؤتمر').terms).toHaveLength(1);
    expect(parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).terms).toHaveLength(12);
  });
});

describe('highlightExcerpt', () => {
  it('marks the matching words in the original spelling', () => {
    const parts = highlightExcerpt('وشارك الوفد في المؤتمرات الدولية', parseSearchQuery('مؤتمر').terms, 'ar');
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['المؤتمرات']);
    expect(parts.map((part) => part.text).join('')).toBe('وشارك الوفد في المؤتمرات الدولية');
  });

  it('starts near the first match in a long text and marks the cut', () => {
    const text = `${'word '.repeat(200)}conference ${'tail '.repeat(200)}`;
    const parts = highlightExcerpt(text, parseSearchQuery('conferences').terms, 'en', 120);
    expect(parts[0]?.text.startsWith('…')).toBe(true);
    expect(parts.some((part) => part.mark && part.text === 'conference')).toBe(true);
    expect(parts.at(-1)?.text.endsWith('…')).toBe(true);
  });
});
