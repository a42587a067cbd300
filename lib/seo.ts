import type { Metadata } from 'next';
import { defaultLocale } from '@/i18n/config';
import { toUri } from './paths';

/** Where each language version of a page lives, e.g. `{ en: '/en/news/x' }` (paths, not URLs). */
export type LanguagePaths = Partial<Record<string, string>>;

interface PageSeo {
  locale: string;
  /** This page's path (the canonical). */
  path: string;
  title: string;
  description: string;
  /** The page in every language it exists in, this one included. */
  languages: LanguagePaths;
  /** Where a reader with no matching language goes: the Arabic version, else this page. */
  xDefault?: string;
  siteName: string;
  type?: 'website' | 'article';
  publishedTime?: Date;
  modifiedTime?: Date;
  image?: { url: string; width: number; height: number; alt: string };
}

const ogLocales: Record<string, string> = { ar: 'ar_SA', en: 'en_GB', fr: 'fr_FR' };

/**
 * Title, description, canonical, hreflang alternates with x-default, OpenGraph and Twitter card
 * for one public page. Paths are resolved against `metadataBase` (SITE_URL) by Next.
 */
export function pageMetadata(seo: PageSeo): Metadata {
  // Written as URIs: crawlers and link previews read these, not browsers.
  const languages: Record<string, string> = {};
  for (const [language, path] of Object.entries(seo.languages)) if (path) languages[language] = toUri(path);
  languages['x-default'] = toUri(seo.xDefault ?? seo.languages[defaultLocale] ?? seo.path);
  const images = seo.image ? [seo.image] : undefined;
  return {
    title: seo.title,
    description: seo.description,
    alternates: { canonical: toUri(seo.path), languages },
    openGraph: {
      type: seo.type ?? 'website',
      siteName: seo.siteName,
      title: seo.title,
      description: seo.description,
      url: toUri(seo.path),
      locale: ogLocales[seo.locale] ?? seo.locale,
      alternateLocale: Object.keys(seo.languages)
        .filter((language) => language !== seo.locale)
        .map((language) => ogLocales[language] ?? language),
      ...(seo.type === 'article'
        ? { publishedTime: seo.publishedTime?.toISOString(), modifiedTime: seo.modifiedTime?.toISOString() }
        : {}),
      ...(images ? { images } : {}),
    },
    // X reads the title, description and image from the OpenGraph tags when its own are absent:
    // the card type alone, not a second copy of each (a page's head is sent twice, see README).
    twitter: { card: images ? 'summary_large_image' : 'summary' },
  };
}

/** The page's description is in its head (description, og:description): the JSON-LD does not repeat it. */
interface NewsArticleSeo {
  url: string;
  headline: string;
  locale: string;
  datePublished: Date;
  dateModified: Date;
  image?: string;
  section?: string;
  keywords: string[];
  publisher: { name: string; url: string; logo: string };
}

/** schema.org NewsArticle, as JSON-LD for a `<script type="application/ld+json">`. */
export function newsArticleJsonLd(article: NewsArticleSeo): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // The page's URL once: `mainEntityOfPage` as a plain URL means the same WebPage to schema.org.
    mainEntityOfPage: article.url,
    headline: article.headline.slice(0, 110),
    inLanguage: article.locale,
    datePublished: article.datePublished.toISOString(),
    dateModified: article.dateModified.toISOString(),
    ...(article.image ? { image: [article.image] } : {}),
    ...(article.section ? { articleSection: article.section } : {}),
    ...(article.keywords.length > 0 ? { keywords: article.keywords.join(', ') } : {}),
    publisher: {
      '@type': 'Organization',
      name: article.publisher.name,
      url: article.publisher.url,
      logo: { '@type': 'ImageObject', url: article.publisher.logo },
    },
  };
}

/** JSON for an inline script: `<` escaped so no text can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
