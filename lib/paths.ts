/**
 * Public URLs, built in one place so pages, feeds, the sitemap and the switcher agree.
 *
 * Paths are IRIs: letters and digits of any script stay as they are (`/ar/news/قمة-جدة`), only
 * what has a meaning in a URL is escaped. A browser sends them percent-encoded all the same, and an
 * Arabic slug written raw takes a third of the bytes of its escapes in every link of a page (twice:
 * once in the HTML, once in the RSC data). Where a URL leaves for a machine (a Location header, a
 * feed, the sitemap, JSON-LD, a share link), `toUri` gives the plain-ASCII form.
 */
/** A path segment or query value as an IRI: letters, marks and digits as they are, the rest escaped. */
export const iriComponent = (text: string) => text.toWellFormed().replace(/[^\p{L}\p{M}\p{N}._~-]/gu, (character) => encodeURIComponent(character));

/** The ASCII URI of an IRI: every character outside ASCII percent-encoded as UTF-8 (RFC 3987 §3.1). */
export const toUri = (iri: string) => iri.toWellFormed().replace(/[^\x00-\x7F]+/gu, (run) => encodeURIComponent(run));

export const articlePath = (locale: string, slug: string) => `/${locale}/news/${iriComponent(slug)}`;
export const categoryPath = (locale: string, slug: string, page = 1) => `/${locale}/category/${iriComponent(slug)}${page > 1 ? `/${page}` : ''}`;
export const tagPath = (locale: string, slug: string, page = 1) => `/${locale}/tag/${iriComponent(slug)}${page > 1 ? `/${page}` : ''}`;
export const latestPath = (locale: string, page: number) => (page > 1 ? `/${locale}/latest/${page}` : `/${locale}`);
export const searchPath = (locale: string, query?: string, page = 1) => {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `/${locale}/search${search ? `?${search}` : ''}`;
};
/** This site's short address that sends a reader on to a network's share page (see lib/share.ts). */
export const sharePath = (locale: string, network: string, articleId: number) => `/${locale}/share/${network}/${articleId}`;
export const feedPath = (locale: string, categorySlug?: string) =>
  categorySlug ? `/${locale}/category/${iriComponent(categorySlug)}/feed.xml` : `/${locale}/feed.xml`;

/** A path segment from the URL, decoded; malformed escapes are kept as typed (and then not found). */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A page number from a path segment or query: whole, at least 1; anything else is null. */
export function parsePageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * The page of a paged listing (`/category/x`, `/category/x/2`) from its optional trailing segments:
 * none is page 1; one names a page from 2 on (`/x/1` would duplicate `/x`); anything else is null.
 */
export function listingPage(segments: string[] = []): number | null {
  if (segments.length > 1) return null;
  const page = parsePageNumber(segments[0]);
  return page !== null && (segments.length === 0 || page >= 2) ? page : null;
}

/**
 * A page number from a query string (`?page=`), where a wrong one is not worth an error page: the
 * first page instead. Bounded like path pages, so no offset can overflow the database's integers.
 */
export function pageFromQuery(raw: unknown): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value !== '' ? (parsePageNumber(value) ?? 1) : 1;
}

/** The first value of a query parameter (`?q=a&q=b` gives `a`); a later repeat is ignored. */
export const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
