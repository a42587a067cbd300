/** Public URLs, built in one place so pages, feeds, the sitemap and the switcher agree. */
const segment = (slug: string) => encodeURIComponent(slug);

export const articlePath = (locale: string, slug: string) => `/${locale}/news/${segment(slug)}`;
export const categoryPath = (locale: string, slug: string, page = 1) => `/${locale}/category/${segment(slug)}${page > 1 ? `/${page}` : ''}`;
export const tagPath = (locale: string, slug: string, page = 1) => `/${locale}/tag/${segment(slug)}${page > 1 ? `/${page}` : ''}`;
export const latestPath = (locale: string, page: number) => (page > 1 ? `/${locale}/latest/${page}` : `/${locale}`);
export const searchPath = (locale: string, query?: string, page = 1) => {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `/${locale}/search${search ? `?${search}` : ''}`;
};
export const feedPath = (locale: string, categorySlug?: string) =>
  categorySlug ? `/${locale}/category/${segment(categorySlug)}/feed.xml` : `/${locale}/feed.xml`;

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
 * A page number from a query string (`?page=`), where a wrong one is not worth an error page: the
 * first page instead. Bounded like path pages, so no offset can overflow the database's integers.
 */
export function pageFromQuery(raw: unknown): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value !== '' ? (parsePageNumber(value) ?? 1) : 1;
}
