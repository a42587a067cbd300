import { describe, expect, it } from 'vitest';
import { dateToZonedWallTime, formatDateTime, zonedWallTimeToDate } from './dates';

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
