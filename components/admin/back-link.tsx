import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';

/** The way up from a staff page to the page that lists it, above the page's heading. */
export function BackLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <p className={className}>
      <Link href={href} className="text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}
