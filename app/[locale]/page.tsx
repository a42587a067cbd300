import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PublicShell } from '@/components/public-shell';
import { listLatestPublicArticles } from '@/db/queries/articles';
import { type Locale, locales } from '@/i18n/config';
import { formatPublicationDate } from '@/lib/dates';

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  return {
    alternates: {
      canonical: `/${locale}`,
      languages: { ...Object.fromEntries(locales.map((l) => [l, `/${l}`])), 'x-default': '/' },
    },
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const articles = listLatestPublicArticles({ locale, limit: 20 });

  return (
    <PublicShell locale={locale}>
      <h1 className="mb-6 text-3xl font-bold">{t('latestNews')}</h1>
      {articles.length === 0 ? (
        <p className="text-muted">{t('empty')}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2">
          {articles.map((article) => (
            <li key={article.id} className="border-b border-brand-100 pb-4">
              <h2 className="text-xl font-bold">
                <Link href={`/${locale}/news/${encodeURIComponent(article.slug)}`} className="hover:underline">
                  {article.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-muted">
                <time dateTime={article.publishAt.toISOString()}>{formatPublicationDate(article.publishAt, locale).gregorian}</time>
                {article.category ? <> · {article.category.name}</> : null}
              </p>
              <p className="mt-2">{article.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </PublicShell>
  );
}
