import { getTranslations } from 'next-intl/server';
import { ResponsiveImage } from '@/components/media/responsive-image';
import { directionOf, type Locale } from '@/i18n/config';
import { formatPublicationDate, type PublicDateStyle } from '@/lib/dates';
import type { ArticleImages } from '@/lib/media/public-image';
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
 * The public rendering of an article's text: the author's preview and the embargo link show
 * exactly this, in the article's own language and direction, with its featured image and its
 * library images (an image outside the library is left out, so nothing loads from elsewhere).
 */
export async function ArticleView({ article, dates, images }: { article: ArticleViewData; dates: PublicDateStyle; images: ArticleImages }) {
  const locale = article.locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Article' });
  const tMedia = await getTranslations({ locale, namespace: 'Media' });
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
      {images.featured ? <ResponsiveImage image={images.featured} locale={locale} priority /> : null}
      <div className="prose-news mt-6">
        <p className="font-bold">{t('dateline', { city: article.datelineCity, source: article.source })}</p>
        <ArticleBody locale={article.locale} body={article.body} media={{ images: images.images, creditText: (credit) => tMedia('credit', { credit }) }} />
        <p className="font-bold">{t('endMarker')}</p>
      </div>
    </article>
  );
}
