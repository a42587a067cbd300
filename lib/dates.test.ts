import { describe, expect, it } from 'vitest';
import { dateToZonedWallTime, formatDateTime, formatPublicationDate, isTimeZone, knownTimeZones, zonedWallTimeToDate } from './dates';

describe('zoned wall time', () => {
  it('reads 10:00 in Riyadh as 07:00 UTC', () => {
    expect(zonedWallTimeToDate('2026-12-01T10:00', 'Asia/Riyadh')?.toISOString()).toBe('2026-12-01T07:00:00.000Z');
  });

  it('handles a zone with daylight saving', () => {
    expect(zonedWallTimeToDate('2026-07-01T10:00:30', 'Europe/Paris')?.toISOString()).toBe('2026-07-01T08:00:30.000Z');
    expect(zonedWallTimeToDate('2026-01-01T10:00', 'Europe/Paris')?.toISOString()).toBe('2026-01-01T09:00:00.000Z');
  });

  it('round-trips and refuses malformed values', () => {
    const date = new Date('2026-12-01T07:00:05Z');
    expect(dateToZonedWallTime(date, 'Asia/Riyadh')).toBe('2026-12-01T10:00:05');
    expect(zonedWallTimeToDate(dateToZonedWallTime(date, 'Asia/Riyadh'), 'Asia/Riyadh')?.getTime()).toBe(date.getTime());
    expect(zonedWallTimeToDate('tomorrow', 'Asia/Riyadh')).toBeNull();
  });

  it('formats a time in the given zone with Western digits', () => {
    expect(formatDateTime(new Date('2026-12-01T07:00:00Z'), 'en', 'Asia/Riyadh')).toMatch(/10:00/);
    expect(formatDateTime(new Date('2026-12-01T07:00:00Z'), 'ar', 'Asia/Riyadh')).toMatch(/10:00/);
  });
});

describe('time zones', () => {
  it('accepts IANA zones and refuses anything else', () => {
    for (const zone of ['Asia/Riyadh', 'Africa/Dakar', 'Asia/Jakarta', 'America/Argentina/Buenos_Aires', 'UTC']) expect(isTimeZone(zone)).toBe(true);
    for (const junk of ['', 'Mars/Olympus_Mons', 'Asia/Riyadh; drop table', '../etc/passwd', 'Asia/']) expect(isTimeZone(junk)).toBe(false);
  });

  it('offers every zone it accepts, UTC included', () => {
    const zones = knownTimeZones();
    expect(zones).toContain('Asia/Riyadh');
    expect(zones).toContain('UTC');
    expect(zones.every(isTimeZone)).toBe(true);
  });

  it('counts a release’s day in the zone: late evening in Dakar is already tomorrow in Jakarta', () => {
    const lateInDakar = new Date('2026-12-01T22:30:00Z');
    expect(formatPublicationDate(lateInDakar, 'en', { timeZone: 'Africa/Dakar' }).gregorian).toBe('1 December 2026');
    expect(formatPublicationDate(lateInDakar, 'en', { timeZone: 'Asia/Jakarta' }).gregorian).toBe('2 December 2026');
  });
});
