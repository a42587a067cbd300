import { describe, expect, it } from 'vitest';
import { defaultLocale, directionOf, isLocale, localeSettings, locales } from './config';
import { routing } from './routing';

describe('locale configuration', () => {
  it('routes exactly the configured locales, Arabic first and by default', () => {
    expect(routing.locales).toEqual(Object.keys(localeSettings));
    expect(locales[0]).toBe('ar');
    expect(defaultLocale).toBe('ar');
    expect(routing.defaultLocale).toBe('ar');
  });

  it('derives direction from the language, not from a per-page condition', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('fr')).toBe('ltr');
    // The languages planned next need no code: their direction is already known.
    for (const rtl of ['fa', 'ur', 'he', 'ar-EG', 'fa_IR']) expect(directionOf(rtl)).toBe('rtl');
    for (const ltr of ['id', 'tr', 'ms', 'en-GB']) expect(directionOf(ltr)).toBe('ltr');
  });

  it('gives every configured locale a direction, a native name and a date locale', () => {
    for (const locale of locales) {
      expect(['rtl', 'ltr']).toContain(directionOf(locale));
      expect(localeSettings[locale].nativeName.length).toBeGreaterThan(0);
      expect(() => new Intl.DateTimeFormat(localeSettings[locale].intlLocale)).not.toThrow();
    }
  });

  it('recognizes only configured locales', () => {
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale('toString')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('a new language added to the table is routed and directed with no other change', async () => {
    // Simulate the one-entry change on a copy of the table, then build routing as the app does.
    const { defineRouting } = await import('next-intl/routing');
    const extended = { ...localeSettings, ur: { nativeName: 'اردو', intlLocale: 'ur-PK', hijriDates: true } };
    const extendedRouting = defineRouting({ locales: Object.keys(extended), defaultLocale });
    expect(extendedRouting.locales).toContain('ur');
    expect(directionOf('ur')).toBe('rtl');
  });
});
