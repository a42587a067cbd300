/**
 * The one place that knows which languages Bayan speaks. Adding a language is one entry here
 * plus one `messages/<code>.json`: routing, `<html dir>`, the editor's direction, hreflang and
 * the language switcher all derive from this table.
 */
export const localeSettings = {
  ar: { nativeName: 'العربية', intlLocale: 'ar-SA', hijriDates: true },
  en: { nativeName: 'English', intlLocale: 'en-GB', hijriDates: false },
  fr: { nativeName: 'Français', intlLocale: 'fr-FR', hijriDates: false },
} as const satisfies Record<string, LocaleSettings>;

export interface LocaleSettings {
  /** The language's name in itself, as the switcher shows it. */
  nativeName: string;
  /** The BCP 47 tag used for dates and numbers (Western digits: `-u-nu-latn` is added when formatting). */
  intlLocale: string;
  /** Whether a reader of this language expects the Hijri date beside the Gregorian one. */
  hijriDates: boolean;
}

export type Locale = keyof typeof localeSettings;
export type Direction = 'rtl' | 'ltr';

export const locales = Object.keys(localeSettings) as Locale[];
export const defaultLocale: Locale = 'ar';

/** Languages written right to left, by ISO 639-1/639-3 code. Arabic, Persian, Urdu, Hebrew, Pashto, Sorani, Dhivehi, Yiddish, Sindhi, Uyghur. */
const rightToLeftLanguages = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ckb', 'dv', 'yi', 'sd', 'ug']);

export function directionOf(locale: string): Direction {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return rightToLeftLanguages.has(language) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeSettings, value);
}
