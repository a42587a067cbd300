import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';
import { publicCacheScope } from '@/app/_server/public-cache';
import { ArticleCard } from '@/components/article-card';
import { ArticleBody } from '@/components/article/article-body';
import { CorrectionNotes } from '@/components/article/correction-notes';
import { BackToTop } from '@/components/back-to-top.client';
import { Breadcrumb } from '@/components/breadcrumb';
import type { LanguageAlternates } from '@/components/language-switcher';
import { ResponsiveImage } from '@/components/media/responsive-image';
import { ShareLinks } from '@/components/share-links';
import { LinkListSection } from '@/components/article/link-list-section';
import { findPublicTranslationBySlug, getPublicArticle, type PublicArticle } from '@/db/queries/public-article';
import { applyDueCorrections, listCorrectionNotes } from '@/db/queries/corrections';
import { getArticleImages } from '@/db/queries/media';
import { listRelatedArticles } from '@/db/queries/related-articles';
import { publicDateStyle } from '@/db/queries/settings';
import { defaultLocale, directionOf, isLocale, type Locale, localeSettings } from '@/i18n/config';
import { cacheTags } from '@/lib/cache-tags';
import { formatPublicationDate } from '@/lib/dates';
import { siteUrl } from '@/lib/env';
import { responsiveImageAttributes } from '@/lib/media/public-image';
import { articlePath, categoryPath, decodeSegment, tagPath, toUri } from '@/lib/paths';
import { jsonForScript, newsArticleJsonLd, pageMetadata } from '@/lib/seo';
import { shareLinks } from '@/lib/share';
import { siteIcons } from '@/lib/web-manifest';
import { SiteShell } from '../../_components/site-shell';

export const revalidate = 86400;

// Articles render on first request, then are served from the cache until revalidated.
export function generateStaticParams() {
  return [];
}

function alternatesOf(article: PublicArticle): LanguageAlternates {
  const alternates: LanguageAlternates = { [article.locale as Locale]: articlePath(article.locale, article.slug) };
  for (const translation of article.translations) {
    if (isLocale(translation.locale)) alternates[translation.locale] = articlePath(translation.locale, translation.slug);
  }
  return alternates;
}

// Metadata and page both load the article: once per request. Image texts (alt, caption, credit)
// are the ones its reviewer approved, in the article's language, whatever the interface's.
const load = cache((locale: Locale, slug: string) => {
  // A correction whose time has come replaces the live text before anything here reads it.
  applyDueCorrections();
  const article = getPublicArticle({ locale, slug });
  if (!article) return null;
  return { article, ...getArticleImages({ article, texts: 'reviewed' }) };
});

export async function generateMetadata({ params }: PageProps<'/[locale]/news/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const loaded = load(locale, decodeSegment(slug));
  if (!loaded) return {};
  const { article, featured } = loaded;
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  const languages = alternatesOf(article);
  const lead = featured ? responsiveImageAttributes(featured, { priority: true }) : null;
  return pageMetadata({
    locale,
    path: articlePath(article.locale, article.slug),
    title: article.title,
    description: article.summary,
    languages,
    xDefault: languages[defaultLocale] ?? articlePath(article.locale, article.slug),
    siteName: site('siteName'),
    type: 'article',
    publishedTime: article.publishAt,
    modifiedTime: article.revisedAt ?? article.publishAt,
    image: lead ? { url: lead.src, width: lead.width, height: lead.height, alt: lead.alt } : undefined,
  });
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/news/[slug]'>) {
  const { locale: rawLocale, slug: rawSlug } = await params;
  if (!isLocale(rawLocale)) notFound();
  const locale = rawLocale;
  const slug = decodeSegment(rawSlug);
  setRequestLocale(locale);
  const loaded = load(locale, slug);
  // Tagged before a 404 too: when this slug becomes public, the cached 404 must go.
  await publicCacheScope([cacheTags.publicLocale(locale), ...(loaded ? [cacheTags.translationGroup(loaded.article.translationGroupId)] : [])]);
  if (!loaded) {
    // A link from another language's page: send the reader to this language's version.
    const translation = findPublicTranslationBySlug({ locale, slug });
    if (translation) permanentRedirect(toUri(articlePath(locale, translation.slug)));
    notFound();
  }
  const { article, images, featured } = loaded;

  const t = await getTranslations({ locale, namespace: 'Article' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  const tMedia = await getTranslations({ locale: article.locale as Locale, namespace: 'Media' });
  const dates = publicDateStyle();
  const date = formatPublicationDate(article.publishAt, locale, dates);
  const revised = article.revisedAt ? formatPublicationDate(article.revisedAt, locale, dates) : null;
  const url = `${siteUrl}${toUri(articlePath(article.locale, article.slug))}`;
  const related = listRelatedArticles({ articleId: article.id });
  const lead = featured ? responsiveImageAttributes(featured) : null;
  const jsonLd = newsArticleJsonLd({
    url,
    headline: article.title,
    locale: article.locale,
    datePublished: article.publishAt,
    dateModified: article.revisedAt ?? article.publishAt,
    image: lead ? `${siteUrl}${lead.src}` : undefined,
    section: article.category?.name,
    keywords: article.tags.map((tag) => tag.name),
    publisher: { name: site('siteName'), url: `${siteUrl}/${locale}`, logo: `${siteUrl}${siteIcons.logo}` },
  });

  return (
    <SiteShell locale={locale} alternates={alternatesOf(article)}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
      <article lang={article.locale} dir={directionOf(article.locale)} className="mx-auto max-w-3xl">
        <header>
          <Breadcrumb
            label={t('breadcrumb')}
            items={[
              { name: t('home'), href: `/${locale}` },
              ...(article.category ? [{ name: article.category.name, href: categoryPath(locale, article.category.slug) }] : []),
            ]}
          />
          <h1 className="mt-3 text-3xl leading-snug font-bold md:text-4xl">{article.title}</h1>
          {/* Printed copies say where the original lives. */}
          <p className="hidden text-sm break-all print:block" dir="ltr" data-testid="printed-address">
            {`${siteUrl}/${article.locale}/news/${article.slug}`}
          </p>
          <p className="mt-3 text-sm text-muted">
            {t('publishedOn')} <time dateTime={date.iso}>{date.gregorian}</time>
            {date.hijri ? (
              <>
                {' · '}
                <span data-testid="hijri-date">{t('hijriDate', { date: date.hijri })}</span>
              </>
            ) : null}
            {revised ? (
              <>
                {' · '}
                <span data-testid="updated-date">
                  {t('updatedOn')} <time dateTime={revised.iso}>{revised.gregorian}</time>
                </span>
              </>
            ) : null}
          </p>
        </header>
        {featured ? <ResponsiveImage image={featured} locale={article.locale as Locale} priority /> : null}
        <div className="prose-news mt-6">
          <p className="font-bold" data-testid="dateline">
            {t('dateline', { city: article.datelineCity, source: article.source })}
          </p>
          <ArticleBody locale={article.locale} body={article.body} media={{ images, creditText: (credit) => tMedia('credit', { credit }) }} />
          <p className="font-bold" data-testid="end-marker">
            {t('endMarker')}
          </p>
        </div>
        <CorrectionNotes notes={listCorrectionNotes({ articleId: article.id })} locale={article.locale as Locale} dates={dates} />
        {article.tags.length > 0 ? (
          <LinkListSection id="tags-heading" heading={t('tags')} listClassName="gap-2">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={tagPath(locale, tag.slug)} prefetch={false} className="tag-chip">
                  {tag.name}
                </Link>
              </li>
            ))}
          </LinkListSection>
        ) : null}
        {article.translations.length > 0 ? (
          <LinkListSection id="read-in-heading" heading={t('readIn')} listClassName="gap-3">
            {article.translations.map((translation) => (
              <li key={translation.locale}>
                <Link
                  href={articlePath(translation.locale, translation.slug)}
                  lang={translation.locale}
                  hrefLang={translation.locale}
                  dir={directionOf(translation.locale)}
                  prefetch={false}
                  className="font-bold text-brand-700 underline underline-offset-4"
                >
                  {isLocale(translation.locale) ? localeSettings[translation.locale].nativeName : translation.locale}
                </Link>
              </li>
            ))}
          </LinkListSection>
        ) : null}
        <ShareLinks
          heading={t('share')}
          url={`${siteUrl}${articlePath(article.locale, article.slug)}`}
          links={shareLinks({ locale, articleId: article.id, url, title: article.title }).map((link) => {
            const name = t(`shareOn.${link.network}`);
            return { ...link, name, label: t('shareVia', { network: name }) };
          })}
          copy={{ label: t('copyLink'), copied: t('linkCopied') }}
        />
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mx-auto mt-14 max-w-5xl border-t-2 border-brand-600 pt-6 print:hidden">
          <h2 id="related-heading" className="text-2xl font-bold">
            {t('related')}
          </h2>
          <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {related.map((item) => (
              <li key={item.id} className="related-item">
                <ArticleCard article={item} locale={locale} level={3} size="compact" showSummary={false} dates={dates} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <BackToTop label={t('backToTop')} targetId="top" />
    </SiteShell>
  );
}
