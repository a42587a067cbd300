import type { ReactNode } from 'react';

/** The two looks of staff tables: the newsroom's compact lists, and the ruled admin registers. */
const looks = {
  newsroom: { row: 'border-b border-gray-300 text-start text-sm text-muted', cell: 'py-2 pe-3 text-start' },
  register: { row: 'border-b-2 border-brand-100 text-start', cell: 'p-2 text-start' },
} as const;

interface TableHeadProps {
  /** One column header each; `null` leaves a column out (e.g. an action the user may not take). */
  columns: ReactNode[];
  look: keyof typeof looks;
  /** A caption for screen readers, for tables that no visible heading names. */
  caption?: string;
}

/** A staff table's caption and header row, every header scoped to its column. */
export function TableHead({ columns, look, caption }: TableHeadProps) {
  const { row, cell } = looks[look];
  return (
    <>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead>
        <tr className={row}>
          {columns.map((column, index) =>
            column === null ? null : (
              // Columns are fixed per table and never reorder: the position is their identity.
              <th key={index} scope="col" className={cell}>
                {column}
              </th>
            ),
          )}
        </tr>
      </thead>
    </>
  );
}
