import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/config';

type Messages = { [key: string]: string | Messages };

function keyPaths(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
  );
}

const messagesDir = path.join(import.meta.dirname);
const files = fs.readdirSync(messagesDir).filter((file) => file.endsWith('.json'));
const keysByFile = new Map(
  files.map((file) => [file, new Set(keyPaths(JSON.parse(fs.readFileSync(path.join(messagesDir, file), 'utf8')) as Messages))]),
);

describe('message files', () => {
  it('exist for every configured locale, and only for those', () => {
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual([...locales].sort());
  });

  it.each(files)('%s has every key any other locale has', (file) => {
    const own = keysByFile.get(file)!;
    const all = new Set([...keysByFile.values()].flatMap((keys) => [...keys]));
    expect([...all].filter((key) => !own.has(key))).toEqual([]);
  });

  it.each(files)('%s has no empty strings', (file) => {
    const messages = JSON.parse(fs.readFileSync(path.join(messagesDir, file), 'utf8')) as Messages;
    const empty = keyPaths(messages).filter((key) => {
      const value = key.split('.').reduce<string | Messages | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), messages);
      return typeof value === 'string' && value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
