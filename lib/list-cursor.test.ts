import { describe, expect, it } from 'vitest';
import { formatCursor, listPosition, parseCursor } from './list-cursor';

describe('list cursors', () => {
  it('round-trips a row’s sort key through the address', () => {
    const cursor = { updatedAt: 1_796_049_935_394, id: 100_123 };
    expect(parseCursor(formatCursor(cursor))).toEqual(cursor);
  });

  it.each([[''], ['abc'], ['1.2.3'], ['-5.3'], ['1e3.4'], ['12'], [' 1.2'], ['9'.repeat(16) + '.1'], [['1.2', '3.4']]])('reads %j as no cursor, or the first of several', (raw) => {
    const parsed = parseCursor(raw);
    if (Array.isArray(raw)) expect(parsed).toEqual({ updatedAt: 1, id: 2 });
    else expect(parsed).toBeNull();
  });

  it('prefers after, then before, then the page number', () => {
    expect(listPosition({ after: '5.6', before: '7.8' }, 3)).toEqual({ after: { updatedAt: 5, id: 6 } });
    expect(listPosition({ before: '7.8' }, 3)).toEqual({ before: { updatedAt: 7, id: 8 } });
    expect(listPosition({ after: 'x' }, 3)).toEqual({ page: 3 });
  });
});
