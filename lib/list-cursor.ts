/**
 * Keyset pagination of the newsroom's article list (newest change first): a page is asked for by
 * the row it follows or precedes, so page 2,000 costs what page 2 costs, where OFFSET would read
 * and drop the 50,000 rows before it. The cursor is the row's sort key, `<updatedAt ms>.<id>`,
 * in the address (a bookmarked list keeps working, and a page number alone still works by offset).
 */
export interface ListCursor {
  updatedAt: number;
  id: number;
}

export type ListPosition = { after: ListCursor } | { before: ListCursor } | { page: number };

export function formatCursor(cursor: ListCursor): string {
  return `${cursor.updatedAt}.${cursor.id}`;
}

/** A cursor from the address, or null for anything that is not one (no error: the list starts over). */
export function parseCursor(raw: unknown): ListCursor | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const match = typeof value === 'string' ? /^(\d{1,15})\.(\d{1,12})$/.exec(value) : null;
  return match ? { updatedAt: Number(match[1]), id: Number(match[2]) } : null;
}

/** Where the list starts, from the address's `after`, `before` and `page`. */
export function listPosition(query: { after?: unknown; before?: unknown }, page: number): ListPosition {
  const after = parseCursor(query.after);
  if (after) return { after };
  const before = parseCursor(query.before);
  return before ? { before } : { page };
}
