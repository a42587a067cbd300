import type { ShareNetwork } from '@/lib/share';
import { CopyLink } from './copy-link.client';

interface ShareLinksProps {
  heading: string;
  url: string;
  links: { network: ShareNetwork; href: string; label: string; name: string }[];
  copy: { label: string; copied: string };
}

const linkClass = 'inline-block rounded border border-brand-100 px-3 py-1.5 text-sm font-bold text-brand-700 hover:bg-brand-50';

/** Share as plain links (nothing loads from the networks until the reader clicks). */
export function ShareLinks({ heading, url, links, copy }: ShareLinksProps) {
  return (
    <section aria-labelledby="share-heading" className="mt-8 print:hidden">
      <h2 id="share-heading" className="text-base font-bold">
        {heading}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.network}>
            <a href={link.href} target="_blank" rel="noopener noreferrer" aria-label={link.label} className={linkClass}>
              {link.name}
            </a>
          </li>
        ))}
        <li>
          <CopyLink url={url} label={copy.label} copiedLabel={copy.copied} className={linkClass} />
        </li>
      </ul>
    </section>
  );
}
