import { describe, expect, it } from 'vitest';
import { phpUnserialize, PhpUnserializeError, polylangGroup } from './php-unserialize';

describe('phpUnserialize', () => {
  it('reads scalars and nested arrays with their key types', () => {
    expect(phpUnserialize('N;')).toBeNull();
    expect(phpUnserialize('b:1;')).toBe(true);
    expect(phpUnserialize('i:-42;')).toBe(-42);
    expect(phpUnserialize('d:0.5;')).toBe(0.5);
    const value = phpUnserialize('a:2:{i:0;s:1:"x";s:3:"map";a:1:{s:1:"k";b:0;}}');
    expect(value).toEqual(new Map<string | number, unknown>([[0, 'x'], ['map', new Map([['k', false]])]]));
  });

  it('counts string lengths in UTF-8 bytes, as PHP writes them', () => {
    // "قمة" is 3 letters, 6 bytes; "é" is 2 bytes.
    expect(phpUnserialize('s:6:"قمة";')).toBe('قمة');
    expect(phpUnserialize('a:1:{s:2:"é";s:9:"a";b";c}d";}')).toEqual(new Map([['é', 'a";b";c}d']]));
  });

  it('refuses objects, wrong lengths, truncation and trailing text', () => {
    for (const bad of ['O:8:"stdClass":0:{}', 's:5:"قمة";', 'a:2:{i:0;i:1;}', 'a:1:{i:0;i:1;', 'i:1;i:2;', 'i:1', 'x:1;', 'i:99999999999999999999;', '']) {
      expect(() => phpUnserialize(bad), bad).toThrow(PhpUnserializeError);
    }
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    expect(() => phpUnserialize('a:1:{i:0;'.repeat(5000))).toThrow(PhpUnserializeError);
  });
});

describe('polylangGroup', () => {
  it('reads a translation group as Polylang stores it, sync key left out', () => {
    const group = polylangGroup('a:4:{s:2:"ar";i:12;s:2:"en";i:15;s:2:"fr";i:19;s:4:"sync";a:1:{s:2:"en";s:2:"fr";}}');
    expect([...group]).toEqual([['ar', 12], ['en', 15], ['fr', 19]]);
  });

  it('gives an empty group for a description that is not one', () => {
    expect(polylangGroup('').size).toBe(0);
    expect(polylangGroup('Arabic and English versions').size).toBe(0);
    expect(polylangGroup('a:1:{s:2:"ar";s:2:"12";}').size).toBe(0);
  });
});
