import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PublicShell } from '@/components/public-shell';
import type { LanguageAlternates } from '@/components/language-switcher';
import { ResponsiveImage } from '@/components/media/responsive-image';
import { findPublicTranslationBySlug, getPublicArticle, type PublicArticle } from '@/db/queries/articles';
import { getPublicImages } from '@/db/queries/media';
import { directionOf, isLocale, type Locale } from '@/i18n/config';
import { formatPublicationDate } from '@/lib/dates';
import { mediaIdsOfArticle } from '@/lib/media/usage';
import { renderBodyHtml } from '@/lib/render';

export const revalidate = 60;

// Articles render on first request, then are served from the cache until revalidated.
export function generateStaticParams() {
  return [];
}

function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function articlePath(locale: string, slug: string) {
  return `/${locale}/news/${encodeURIComponent(slug)}`;
}

function alternatesOf(article: PublicArticle): LanguageAlternates {
  const alternates: LanguageAlternates = { [article.locale as Locale]: articlePath(article.locale, article.slug) };
  for (const translation of article.translations) {
    if (isLocale(translation.locale)) alternates[translation.locale] = articlePath(translation.locale, translation.slug);
  }
  return alternates;
}

async function load(params: PageProps<'/[locale]/news/[slug]'>['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  return { locale, slug: decodeSlug(slug), article: getPublicArticle({ locale, slug: decodeSlug(slug) }) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news/[slug]'>): Promise<Metadata> {
  const { article } = await load(params);
  if (!article) return {};
  const languages = alternatesOf(article);
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: articlePath(article.locale, article.slug), languages },
  };
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/news/[slug]'>) {
  const { locale, slug, article } = await load(params);
  setRequestLocale(locale);
  if (!article) {
    // A link from another language's page: send the reader to this language's version.
    const translation = findPublicTranslationBySlug({ locale, slug });
    if (translation) permanentRedirect(articlePath(locale, translation.slug));
    notFound();
  }

  const t = await getTranslations({ locale, namespace: 'Article' });
  const date = formatPublicationDate(article.publishAt, locale);
  // Alt text, caption and credit line in the article's language, whatever the interface's.
  const images = getPublicImages({ ids: mediaIdsOfArticle(article.body, article.featuredMediaId), locale: article.locale });
  const featured = article.featuredMediaId ? images.get(article.featuredMediaId) : undefined;
  const tMedia = await getTranslations({ locale, namespace: 'Media' });

  return (
    <PublicShell locale={locale} alternates={alternatesOf(article)}>
      <article lang={article.locale} dir={directionOf(article.locale)} className="mx-auto max-w-3xl">
        <header>
          {article.category ? <p className="text-sm font-bold text-brand-700">{article.category.name}</p> : null}
          <h1 className="mt-2 text-3xl leading-snug font-bold md:text-4xl">{article.title}</h1>
          <p className="mt-3 text-sm text-muted">
            {t('publishedOn')} <time dateTime={date.iso}>{date.gregorian}</time>
            {date.hijri ? <> · {t('hijriDate', { date: date.hijri })}</> : null}
          </p>
        </header>
        {featured ? <ResponsiveImage image={featured} locale={locale} priority /> : null}
        <div className="prose-news mt-6">
          <p className="font-bold" data-testid="dateline">
            {t('dateline', { city: article.datelineCity, source: article.source })}
          </p>
          <div dangerouslySetInnerHTML={{ __html: renderBodyHtml(article.body, { images, creditText: (credit) => tMedia('credit', { credit }) }) }} />
          <p className="font-bold" data-testid="end-marker">
            {t('endMarker')}
          </p>
        </div>
      </article>
    </PublicShell>
  );
}
