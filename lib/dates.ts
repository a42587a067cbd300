import { localeSettings, type Locale, organizationTimeZone } from '@/i18n/config';

export interface PublicationDate {
  /** Machine-readable instant for `<time dateTime>`. */
  iso: string;
  gregorian: string;
  /** Present where readers of the language expect the Hijri date too (Umm al-Qura calendar). */
  hijri?: string;
}

interface FormatOptions {
  timeZone?: string;
  /** Arabic-Indic digits instead of the Western digits the organization's releases use. */
  nativeDigits?: boolean;
  withTime?: boolean;
}

function intlTag(locale: Locale, calendar: 'gregory' | 'islamic-umalqura', nativeDigits: boolean) {
  const base = localeSettings[locale].intlLocale;
  const numbering = nativeDigits ? (locale === 'ar' ? 'arab' : 'latn') : 'latn';
  return `${base}-u-ca-${calendar}-nu-${numbering}`;
}

export function formatPublicationDate(date: Date, locale: Locale, options: FormatOptions = {}): PublicationDate {
  const { timeZone = organizationTimeZone, nativeDigits = false, withTime = false } = options;
  const parts: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  };
  const gregorian = new Intl.DateTimeFormat(intlTag(locale, 'gregory', nativeDigits), parts).format(date);
  const hijri = localeSettings[locale].hijriDates
    ? new Intl.DateTimeFormat(intlTag(locale, 'islamic-umalqura', nativeDigits), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone,
      }).format(date)
    : undefined;
  return { iso: date.toISOString(), gregorian, ...(hijri ? { hijri } : {}) };
}
