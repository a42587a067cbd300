import { describe, expect, it } from 'vitest';
import { judgedQueries, measure } from './search-quality';

describe('search quality on the demo releases (judged queries)', () => {
  const { queries, precision, recall } = measure();

  it('judges queries of every class of issue #17', () => {
    expect(new Set(judgedQueries.map((q) => q.issueClass))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(queries.every((q) => q.relevant > 0)).toBe(true);
  });

  // Before issue #17 the same table measured precision 0.992 and recall 0.772 (now 0.994 and 1).
  it('keeps precision and reaches the recall the issue asks for', () => {
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it('finds nothing irrelevant beyond the known nisba overlap (الدولية meets دول)', () => {
    expect(queries.flatMap((q) => q.noise.map((id) => `${q.query} → ${id}`))).toEqual(['دول → secretary-general-annual-staff-meeting/ar']);
  });
});
