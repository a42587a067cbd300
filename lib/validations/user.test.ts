import { describe, expect, it } from 'vitest';
import { createUserSchema } from './user';

const user = (name: string) => createUserSchema.safeParse({ name, email: 'a@example.org', role: 'writer', password: 'a long enough password' });

describe('createUserSchema: the name', () => {
  it('accepts names in any script', () => {
    for (const name of ['سارة العلي', 'Zoë Martin', 'Jean-Luc O’Neil']) expect(user(name).success, name).toBe(true);
  });

  // Marks (U+200E, U+200F, U+061C) are refused too: a name never needs them, since every page
  // isolates names, and they let two accounts show the same name.
  it.each([
    ['an override left open', 'Ali\u202E'],
    ['an embedding', '\u202Bسارة'],
    ['an isolate', '\u2067x\u2069'],
    ['an RTL mark (U+200F)', 'Sam\u200F'],
    ['an Arabic letter mark', '\u061Cسارة'],
  ])('refuses %s', (_label, name) => {
    expect(user(name).error?.issues[0]).toMatchObject({ path: ['name'], message: 'bidiControls' });
  });
});
