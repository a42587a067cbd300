/**
 * The sitemap protocol (sitemaps.org) as Bayan serves it: an index at /sitemap.xml naming one file
 * for the home pages and one per block of article ids. A block spans `articlesPerSitemap` ids, so a
 * file never holds more URLs than the protocol allows (50,000), an article stays in the same file
 * for life (crawlers re-read only the files whose lastmod moved), and no file is found by counting
 * rows before it. Pure: db/queries/sitemap.ts reads, app/sitemap* serves.
 */

/** The protocol's limit of URLs per file. */
export const maxSitemapUrls = 50_000;
/**
 * Article ids per file: ids are unique, so a file holds at most this many URLs, far below the
 * protocol's limit. Small files answer fast: a file is built per request, at about 70 µs a URL
 * with its language versions, so 50,000 URLs took 3.7 s and 2,000 take under 200 ms. WordPress
 * core's own sitemaps stop at 2,000 URLs a file for the same reason.
 */
export const articlesPerSitemap = 2_000;

export type SitemapFile = { kind: 'home' } | { kind: 'news'; block: number };

export function sitemapFileName(file: SitemapFile): string {
  return file.kind === 'home' ? 'home.xml' : `news-${file.block}.xml`;
}

/** The file a path segment names, or null (the route then answers 404). */
export function parseSitemapFileName(name: string): SitemapFile | null {
  if (name === 'home.xml') return { kind: 'home' };
  const block = /^news-(0|[1-9]\d{0,5})\.xml$/.exec(name)?.[1];
  return block === undefined ? null : { kind: 'news', block: Number(block) };
}

/** The ids block `block` covers: [first, last]. */
export function blockIds(block: number): { first: number; last: number } {
  return { first: block * articlesPerSitemap + 1, last: (block + 1) * articlesPerSitemap };
}

/** The block an article id falls in. */
export const blockOf = (id: number) => Math.floor((id - 1) / articlesPerSitemap);

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]!);

export interface SitemapIndexEntry {
  url: string;
  lastModified: Date | null;
}

export function renderSitemapIndex(entries: readonly SitemapIndexEntry[]): string {
  const items = entries.map((entry) => `<sitemap><loc>${escapeXml(entry.url)}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ''}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

export interface SitemapUrl {
  url: string;
  lastModified?: Date;
  changeFrequency?: 'hourly' | 'daily';
  /** Every language version, this one included: hreflang → URL. */
  alternates: Readonly<Record<string, string>>;
}

export function renderUrlSet(urls: readonly SitemapUrl[]): string {
  const items = urls.map((entry) => {
    const parts = [`<loc>${escapeXml(entry.url)}</loc>`];
    for (const [language, href] of Object.entries(entry.alternates)) parts.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}"/>`);
    if (entry.lastModified) parts.push(`<lastmod>${entry.lastModified.toISOString()}</lastmod>`);
    if (entry.changeFrequency) parts.push(`<changefreq>${entry.changeFrequency}</changefreq>`);
    return `<url>${parts.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${items.join('\n')}\n</urlset>\n`;
}
