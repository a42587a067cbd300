import { z } from 'zod';
import { pageFromQuery } from '../paths';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));
const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : Array.isArray(value) ? value[0] : value);

/** The audit page's query string; anything malformed is simply ignored, never an error page. */
export const auditQuerySchema = z.object({
  actor: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional().catch(undefined)),
  action: z.preprocess(emptyToUndefined, z.string().max(100).regex(/^[\w.-]+$/).optional().catch(undefined)),
  from: z.preprocess(emptyToUndefined, day.optional().catch(undefined)),
  to: z.preprocess(emptyToUndefined, day.optional().catch(undefined)),
  page: z.preprocess(pageFromQuery, z.number()),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The first and last millisecond of a calendar day (`YYYY-MM-DD`) as lived in `timeZone`. */
export function dayBounds(dayString: string, timeZone: string): { start: Date; end: Date } {
  const [year, month, date] = dayString.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, date);
  const nextMidnightUtc = Date.UTC(year, month - 1, date + 1);
  const start = midnightUtc - zoneOffset(midnightUtc, timeZone);
  const end = nextMidnightUtc - zoneOffset(nextMidnightUtc, timeZone) - 1;
  return { start: new Date(start), end: new Date(end) };
}
