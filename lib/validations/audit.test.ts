import { describe, expect, it } from 'vitest';
import { auditQuerySchema, dayBounds } from './audit';

describe('audit query', () => {
  it('reads filters and page', () => {
    expect(auditQuerySchema.parse({ actor: '3', action: 'user.create', from: '2026-11-01', to: '2026-11-29', page: '2' })).toEqual({
      actor: 3,
      action: 'user.create',
      from: '2026-11-01',
      to: '2026-11-29',
      page: 2,
    });
  });

  it('ignores empty and malformed values instead of failing', () => {
    expect(auditQuerySchema.parse({ actor: '', action: 'drop table;', from: '29/11/2026', to: '2026-13-45', page: '-1' })).toEqual({
      actor: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
    expect(auditQuerySchema.parse({}).page).toBe(1);
  });
});

describe('dayBounds', () => {
  it('gives a Riyadh day (UTC+3) from 21:00 UTC the day before', () => {
    const { start, end } = dayBounds('2026-11-29', 'Asia/Riyadh');
    expect(start.toISOString()).toBe('2026-11-28T21:00:00.000Z');
    expect(end.toISOString()).toBe('2026-11-29T20:59:59.999Z');
  });

  it('handles a day with a daylight-saving change', () => {
    const { start, end } = dayBounds('2026-03-29', 'Europe/Paris');
    expect(start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-29T21:59:59.999Z');
  });
});
