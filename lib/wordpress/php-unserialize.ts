/**
 * PHP's `serialize()` format, read without running anything: WordPress plugins keep maps in it,
 * Polylang its translation groups (`a:2:{s:2:"ar";i:12;s:2:"en";i:15;}` in a `post_translations`
 * term's description). Only data types are read (null, booleans, integers, floats, strings,
 * arrays); an object (`O:`), a reference or anything malformed is refused with an error.
 *
 * String lengths count UTF-8 bytes, as PHP does, so the text is read as bytes.
 */
export type PhpValue = null | boolean | number | string | PhpArray;
/** A PHP array: keys in order, as PHP gives them (integers stay numbers). */
export type PhpArray = Map<string | number, PhpValue>;

export class PhpUnserializeError extends Error {}

const maxDepth = 32;

export function phpUnserialize(text: string): PhpValue {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  const fail = (what: string): never => {
    throw new PhpUnserializeError(`${what} at byte ${at}`);
  };
  const expect = (char: string) => {
    if (bytes[at] !== char.charCodeAt(0)) fail(`expected "${char}"`);
    at += 1;
  };
  const readUntil = (end: string): string => {
    const stop = bytes.indexOf(end.charCodeAt(0), at);
    if (stop < 0) fail(`missing "${end}"`);
    const value = bytes.subarray(at, stop).toString('latin1');
    at = stop + 1;
    return value;
  };
  const integer = (raw: string): number => {
    if (!/^[+-]?\d+$/.test(raw)) fail('not an integer');
    const value = Number(raw);
    if (!Number.isSafeInteger(value)) fail('integer out of range');
    return value;
  };

  const value = (depth: number): PhpValue => {
    if (depth > maxDepth) fail('nested too deep');
    const type = String.fromCharCode(bytes[at] ?? 0);
    at += 1;
    if (type === 'N') {
      expect(';');
      return null;
    }
    expect(':');
    switch (type) {
      case 'b': {
        const raw = readUntil(';');
        if (raw !== '0' && raw !== '1') fail('not a boolean');
        return raw === '1';
      }
      case 'i':
        return integer(readUntil(';'));
      case 'd': {
        const raw = readUntil(';');
        const number = raw === 'INF' ? Infinity : raw === '-INF' ? -Infinity : Number(raw);
        if (raw === '' || Number.isNaN(number)) fail('not a number');
        return number;
      }
      case 's': {
        const length = integer(readUntil(':'));
        expect('"');
        if (length < 0 || at + length > bytes.length) fail('string runs past the end');
        const string = bytes.subarray(at, at + length).toString('utf8');
        at += length;
        expect('"');
        expect(';');
        return string;
      }
      case 'a': {
        const count = integer(readUntil(':'));
        expect('{');
        const map: PhpArray = new Map();
        for (let index = 0; index < count; index += 1) {
          const key = value(depth + 1);
          if (typeof key !== 'string' && (typeof key !== 'number' || !Number.isInteger(key))) fail('array key is not an integer or a string');
          map.set(key as string | number, value(depth + 1));
        }
        expect('}');
        return map;
      }
      default:
        return fail(`unsupported type "${type}"`);
    }
  };

  const result = value(0);
  if (at !== bytes.length) fail('text after the value');
  return result;
}

/**
 * A Polylang translation group: language slug → post (or term) id, from the serialized
 * description. Entries that are not a language and a positive id (Polylang adds a `sync` key
 * to groups of synchronized posts) are left out; an unreadable description gives an empty map.
 */
export function polylangGroup(description: string): Map<string, number> {
  const group = new Map<string, number>();
  let parsed: PhpValue;
  try {
    parsed = phpUnserialize(description.trim());
  } catch {
    return group;
  }
  if (!(parsed instanceof Map)) return group;
  for (const [language, id] of parsed) {
    if (typeof language === 'string' && typeof id === 'number' && Number.isInteger(id) && id > 0) group.set(language, id);
  }
  return group;
}
