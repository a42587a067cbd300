import { iriComponent, sharePath } from './paths';

/** The networks a reader can share an article on, as plain links: no third-party script loads. */
export const shareNetworks = ['x', 'facebook', 'whatsapp', 'telegram', 'email'] as const;
export type ShareNetwork = (typeof shareNetworks)[number];

export const isShareNetwork = (value: string): value is ShareNetwork => (shareNetworks as readonly string[]).includes(value);

/** A network's own share address, with the article's URL (ASCII) and title filled in. */
export function shareIntent(network: ShareNetwork, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  switch (network) {
    case 'x':
      return `https://x.com/intent/post?url=${u}&text=${t}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case 'whatsapp':
      return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${u}&text=${t}`;
    case 'email':
      // Written as an IRI (letters as they are, a third of the bytes of their escapes): the mail
      // client decodes it once, and the reader gets the address in their own script.
      return `mailto:?subject=${iriComponent(title)}&body=${iriComponent(decodeURI(url))}`;
  }
}

/**
 * What an article page links to. A network's share address carries the article's URL and title
 * percent-encoded (an Arabic URL encoded twice: ~1.4 KB a link, sent in the HTML and again in the
 * RSC data), so the page links to this site's short share address instead, which redirects there.
 * E-mail stays a direct `mailto:`: not every browser follows a redirect to a mail client.
 */
export function shareLinks({ locale, articleId, url, title }: { locale: string; articleId: number; url: string; title: string }): { network: ShareNetwork; href: string }[] {
  return shareNetworks.map((network) => ({ network, href: network === 'email' ? shareIntent(network, url, title) : sharePath(locale, network, articleId) }));
}
