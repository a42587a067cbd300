import { localeSettings, type Locale } from '@/i18n/config';

export interface PublicationDate {
  /** Machine-readable instant for `<time dateTime>`. */
  iso: string;
  gregorian: string;
  /** Present where readers of the language expect the Hijri date too (Umm al-Qura calendar). */
  hijri?: string;
}

/** How the public site writes dates: both are organization settings. */
export interface PublicDateStyle {
  /** The organization's time zone, in which a release's day is counted. */
  timeZone: string;
  /** Arabic-Indic digits instead of the Western digits the organization's releases use. */
  nativeDigits: boolean;
}

interface FormatOptions extends Partial<Pick<PublicDateStyle, 'nativeDigits'>> {
  timeZone: string;
  withTime?: boolean;
}

function intlTag(locale: Locale, calendar: 'gregory' | 'islamic-umalqura', nativeDigits: boolean) {
  const base = localeSettings[locale].intlLocale;
  const numbering = nativeDigits ? (locale === 'ar' ? 'arab' : 'latn') : 'latn';
  return `${base}-u-ca-${calendar}-nu-${numbering}`;
}

export function formatPublicationDate(date: Date, locale: Locale, options: FormatOptions): PublicationDate {
  const { timeZone, nativeDigits = false, withTime = false } = options;
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

/**
 * The instant at which clocks in `timeZone` show `wallTime` (`YYYY-MM-DDTHH:mm[:ss]`, as a
 * datetime-local input gives it): "10:00 Jeddah time" whatever the server's or browser's zone.
 * Null for a malformed value.
 */
export function zonedWallTimeToDate(wallTime: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wallTime);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(asUtc)) return null;
  // The zone's offset at that moment, found by reading the UTC guess back in the zone; a second
  // pass settles instants next to a daylight-saving change.
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass += 1) guess = asUtc - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** `date` as a datetime-local value in `timeZone` (seconds included), the inverse of zonedWallTimeToDate. */
export function dateToZonedWallTime(date: Date, timeZone: string): string {
  const parts = zonedParts(date, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
}

function zonedParts(date: Date, timeZone: string) {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(date)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return values;
}

function zoneOffsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(date.getTime() / 1000) * 1000;
}

/** Date and time in `timeZone`, for embargo times shown beside the zone's name. */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale, 'gregory', false), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** Whether `name` is an IANA time zone this runtime knows ("Asia/Riyadh", "Africa/Dakar", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The time zones an administrator can choose from, sorted as the runtime lists them. */
export function knownTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}
