'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface AdminNavLink {
  href: string;
  label: string;
  /** Only this exact path is "current" (the dashboard), not every page below it. */
  exact?: boolean;
}

/** The admin navigation; the only client part is marking the current section. */
export function AdminNav({ label, links }: { label: string; links: AdminNavLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-brand-100 bg-brand-50">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-2">
        {links.map((link) => {
          const current = link.exact ? pathname === link.href : pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                prefetch={false}
                aria-current={current ? 'page' : undefined}
                className={current ? 'block rounded bg-brand-700 px-3 py-1.5 font-bold text-white' : 'block rounded px-3 py-1.5 text-brand-900 hover:bg-brand-100'}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
