/** The networks a reader can share an article on, as plain links: no third-party script loads. */
export const shareNetworks = ['x', 'facebook', 'whatsapp', 'telegram', 'email'] as const;
export type ShareNetwork = (typeof shareNetworks)[number];

export function shareLinks(url: string, title: string): { network: ShareNetwork; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const hrefs: Record<ShareNetwork, string> = {
    x: `https://x.com/intent/post?url=${u}&text=${t}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
    telegram: `https://t.me/share/url?url=${u}&text=${t}`,
    email: `mailto:?subject=${t}&body=${u}`,
  };
  return shareNetworks.map((network) => ({ network, href: hrefs[network] }));
}
