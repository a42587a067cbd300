import { findPublicArticleAddress } from '@/db/queries/public-article';
import { isLocale } from '@/i18n/config';
import { siteUrl } from '@/lib/env';
import { articlePath, toUri } from '@/lib/paths';
import { isShareNetwork, shareIntent } from '@/lib/share';

/**
 * A share button's target: sends the reader on to the network's share page for a public article.
 * Only the fixed networks' own addresses can come out of here (never one taken from the request),
 * and an article that is not public answers 404, so its title cannot leak through a share link.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/share/[network]/[id]'>) {
  const { locale, network, id } = await params;
  const article = isLocale(locale) && isShareNetwork(network) && /^[1-9]\d{0,9}$/.test(id) ? findPublicArticleAddress(Number(id)) : null;
  if (!article || !isShareNetwork(network)) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const url = `${siteUrl}${toUri(articlePath(article.locale, article.slug))}`;
  return new Response(null, {
    status: 302,
    headers: { Location: shareIntent(network, url, article.title), 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' },
  });
}
