import { getTranslations } from 'next-intl/server';
import { directionOf, type Locale } from '@/i18n/config';
import { formatPublicationDate, type PublicDateStyle } from '@/lib/dates';
import { ArticleBody } from './article-body';

export interface ArticleViewData {
  locale: string;
  title: string;
  datelineCity: string;
  source: string;
  body: unknown;
  /** Null for an article not yet scheduled: the preview then shows no date. */
  publishAt: Date | null;
}

/**
 * The public rendering of an article's text: the article page, the author's preview and the
 * embargo link all show exactly this, in the article's own language and direction.
 */
export async function ArticleView({ article, dates }: { article: ArticleViewData; dates: PublicDateStyle }) {
  const locale = article.locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Article' });
  const date = article.publishAt ? formatPublicationDate(article.publishAt, locale, dates) : null;
  return (
    <article lang={article.locale} dir={directionOf(article.locale)} className="mx-auto max-w-3xl">
      <header>
        <h1 className="mt-2 text-3xl leading-snug font-bold md:text-4xl">{article.title}</h1>
        {date ? (
          <p className="mt-3 text-sm text-muted">
            {t('publishedOn')} <time dateTime={date.iso}>{date.gregorian}</time>
            {date.hijri ? <> · {t('hijriDate', { date: date.hijri })}</> : null}
          </p>
        ) : null}
      </header>
      <div className="prose-news mt-6">
        <p className="font-bold">{t('dateline', { city: article.datelineCity, source: article.source })}</p>
        <ArticleBody locale={article.locale} body={article.body} />
        <p className="font-bold">{t('endMarker')}</p>
      </div>
    </article>
  );
}
