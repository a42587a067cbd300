import { directionOf } from '@/i18n/config';
import { type BodyImageOptions, renderBodyHtml } from '@/lib/render';

/**
 * A release's body as HTML. The container carries the release's language and direction, and the
 * blocks inherit it; only a block the writer marked carries a `dir` of its own.
 */
export function ArticleBody({ locale, body, media, className }: { locale: string; body: unknown; media?: BodyImageOptions; className?: string }) {
  return <div lang={locale} dir={directionOf(locale)} className={className} data-testid="article-body" dangerouslySetInnerHTML={{ __html: renderBodyHtml(body, media) }} />;
}
