import { describe, expect, it } from 'vitest';
import { hasChanges, tokenize, wordDiff } from './text-diff';

describe('tokenize', () => {
  it('keeps Arabic words with their marks, Latin names and numbers whole', () => {
    expect(tokenize('أعلنت UNA عامَ 2025؟')).toEqual(['أعلنت', ' ', 'UNA', ' ', 'عامَ', ' ', '2025', '؟']);
  });
});

describe('wordDiff', () => {
  it('shows a changed Arabic word as one removal and one addition', () => {
    expect(wordDiff('عقدت المنظمة اجتماعاً في جدة', 'عقدت المنظمة اجتماعاً في الرياض')).toEqual([
      { kind: 'same', text: 'عقدت المنظمة اجتماعاً في ' },
      { kind: 'removed', text: 'جدة' },
      { kind: 'added', text: 'الرياض' },
    ]);
  });

  it('isolates punctuation changes', () => {
    expect(wordDiff('هل تم الاتفاق.', 'هل تم الاتفاق؟')).toEqual([
      { kind: 'same', text: 'هل تم الاتفاق' },
      { kind: 'removed', text: '.' },
      { kind: 'added', text: '؟' },
    ]);
  });

  it('reports no change for equal texts', () => {
    expect(hasChanges(wordDiff('Le sommet', 'Le sommet'))).toBe(false);
    expect(hasChanges(wordDiff('Le sommet', 'Le sommet final'))).toBe(true);
  });
});
