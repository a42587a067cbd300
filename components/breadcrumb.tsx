import Link from 'next/link';

/** Home › section: the page's place in the site, as an ordered list of links. */
export function Breadcrumb({ label, items }: { label: string; items: { name: string; href: string }[] }) {
  return (
    <nav aria-label={label} className="text-sm print:hidden">
      <ol className="flex flex-wrap items-center gap-1 text-muted">
        {items.map((item, index) => (
          <li key={item.href} className="flex items-center gap-1">
            {index > 0 ? (
              <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                ›
              </span>
            ) : null}
            <Link href={item.href} prefetch={false} className="font-bold text-brand-700 hover:underline">
              {item.name}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
