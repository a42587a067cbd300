import { isLocale, type Locale, locales } from '@/i18n/config';
import type { Actor } from './permissions';

/**
 * Language desks: the languages a user works in. Stored as a JSON list on the user (null: every
 * language); what a desk allows is in lib/permissions.ts (`worksIn`).
 */

/** The stored value as a list of known languages, in the table's order; null when it means every language. */
export function deskLanguages(stored: unknown): Locale[] | null {
  if (!Array.isArray(stored)) return null;
  const known = locales.filter((locale) => stored.includes(locale));
  // A list naming every language says no more than "all": kept as null, so a language added later is included.
  return known.length === locales.length ? null : known;
}

/** What an admin ticked on the user page, as it is stored: every language is null. */
export function languagesToStore(ticked: readonly string[]): Locale[] | null {
  const known = locales.filter((locale) => ticked.includes(locale));
  return known.length === locales.length ? null : known;
}

/**
 * The languages a newsroom list shows when the user has not chosen: their desk's, or all (null).
 * `requested` is the list's language filter: `all` asks for every language, a known language for that one.
 */
export function listLanguages(actor: Pick<Actor, 'languages'>, requested: string | undefined): Locale[] | null {
  if (requested === 'all') return null;
  if (requested !== undefined && isLocale(requested)) return [requested];
  return actor.languages && actor.languages.length > 0 ? locales.filter((locale) => actor.languages!.includes(locale)) : null;
}
