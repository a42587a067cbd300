import { describe, expect, it } from 'vitest';
import { blockDiff, hasChanges, releaseDiff, tokenize, wordDiff } from './text-diff';

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
    const block = (text: string) => [{ text, dir: null }];
    expect(hasChanges(blockDiff(block('Le sommet'), block('Le sommet')))).toBe(false);
    expect(hasChanges(blockDiff(block('Le sommet'), block('Le sommet final')))).toBe(true);
  });
});

describe('blockDiff', () => {
  const title = { text: 'قمة جدة', dir: null };
  const quote = { text: '"We agree," he said.', dir: 'ltr' as const };

  it('keeps each block apart, in the direction the writer gave it', () => {
    expect(blockDiff([title, quote], [title, { ...quote, text: '"We fully agree," he said.' }])).toEqual([
      { dir: null, parts: [{ kind: 'same', text: 'قمة جدة' }] },
      {
        dir: 'ltr',
        parts: [
          { kind: 'same', text: '"We ' },
          { kind: 'added', text: 'fully ' },
          { kind: 'same', text: 'agree," he said.' },
        ],
      },
    ]);
  });

  it('shows an added block, and a removed one, each as a block of its own with its direction', () => {
    const added = blockDiff([title], [title, quote]);
    expect(added).toEqual([
      { dir: null, parts: [{ kind: 'same', text: 'قمة جدة' }] },
      { dir: 'ltr', parts: [{ kind: 'added', text: quote.text }] },
    ]);
    const paragraph = { text: 'وقال الأمين العام.', dir: null };
    expect(blockDiff([title, quote, paragraph], [title, paragraph])).toEqual([
      { dir: null, parts: [{ kind: 'same', text: 'قمة جدة' }] },
      { dir: 'ltr', parts: [{ kind: 'removed', text: quote.text }] },
      { dir: null, parts: [{ kind: 'same', text: 'وقال الأمين العام.' }] },
    ]);
  });

  it('takes the newer direction when the writer changed only the direction', () => {
    expect(blockDiff([{ ...quote, dir: null }], [quote])).toEqual([{ dir: 'ltr', parts: [{ kind: 'same', text: quote.text }] }]);
  });
});

describe('releaseDiff', () => {
  const doc = (...paragraphs: { text: string; dir?: 'ltr' | 'rtl' }[]) => ({
    type: 'doc',
    content: paragraphs.map(({ text, dir }) => ({ type: 'paragraph', ...(dir ? { attrs: { dir } } : {}), content: [{ type: 'text', text }] })),
  });
  const release = { title: 'القمة العربية', summary: 'ملخص البيان', body: doc({ text: 'انطلقت القمة اليوم.' }, { text: 'UNESCO', dir: 'ltr' as const }) };

  it('compares title, summary and body: an unchanged summary is no change', () => {
    expect(hasChanges(releaseDiff(release, { ...release }))).toBe(false);
    expect(releaseDiff(release, release).map((block) => block.parts.map((part) => part.text).join(''))).toEqual(['القمة العربية', 'ملخص البيان', 'انطلقت القمة اليوم.', 'UNESCO']);
  });

  it('shows a changed summary as a change of the summary alone, in the release direction', () => {
    expect(releaseDiff(release, { ...release, summary: 'ملخص جديد' })).toEqual([
      { dir: null, parts: [{ kind: 'same', text: 'القمة العربية' }] },
      { dir: null, parts: [{ kind: 'same', text: 'ملخص ' }, { kind: 'removed', text: 'البيان' }, { kind: 'added', text: 'جديد' }] },
      { dir: null, parts: [{ kind: 'same', text: 'انطلقت القمة اليوم.' }] },
      { dir: 'ltr', parts: [{ kind: 'same', text: 'UNESCO' }] },
    ]);
  });

  it('leaves an empty summary out on both sides', () => {
    expect(releaseDiff({ ...release, summary: '' }, { ...release, summary: ' ' })).toHaveLength(3);
  });
});
