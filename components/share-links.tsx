import type { ShareNetwork } from '@/lib/share';
import { CopyLink } from './copy-link.client';

interface ShareLinksProps {
  heading: string;
  url: string;
  links: { network: ShareNetwork; href: string; label: string; name: string }[];
  copy: { label: string; copied: string };
}


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
            <a href={link.href} target="_blank" rel="nofollow noopener noreferrer" aria-label={link.label} className="chip-link">
              {link.name}
            </a>
          </li>
        ))}
        <li>
          <CopyLink url={url} label={copy.label} copiedLabel={copy.copied} className="chip-link" />
        </li>
      </ul>
    </section>
  );
}
