import Link from 'next/link';

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The address of page `n`. */
  href: (page: number) => string;
  labels: { nav: string; previous: string; next: string; status: string };
}

/** Previous / next links around "page n of m"; plain links, so it works without JavaScript. */
export function Pagination({ page, pageCount, href, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  const linkClass = 'rounded border border-brand-600 px-4 py-2 font-bold text-brand-700 hover:bg-brand-50';
  return (
    <nav aria-label={labels.nav} className="mt-10 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" prefetch={false} className={linkClass}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">{labels.status}</p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" prefetch={false} className={linkClass}>
          {labels.next}{' '}
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            →
          </span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
