import { describe, expect, it } from 'vitest';
import { containsBidiControls, isolateText } from './bidi';

describe('containsBidiControls', () => {
  it('finds embeddings, overrides, isolates and marks', () => {
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']) {
      expect(containsBidiControls(`a${control}b`), control.codePointAt(0)!.toString(16)).toBe(true);
    }
  });

  it('leaves ordinary text in any script alone', () => {
    expect(containsBidiControls('بيان 2026 — Zoë')).toBe(false);
  });
});

describe('isolateText', () => {
  it('wraps the text in FSI … PDI', () => {
    expect(isolateText('سارة')).toBe('\u2068سارة\u2069');
  });

  it('keeps an unclosed override inside: the closing PDI ends it', () => {
    expect(isolateText('Ali\u202E')).toBe('\u2068Ali\u202E\u2069');
  });

  it('drops isolate controls inside, so a stray PDI cannot close the wrapper early', () => {
    expect(isolateText('x\u2069\u202Ey\u2067')).toBe('\u2068x\u202Ey\u2069');
  });
});
