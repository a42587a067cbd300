import { getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/article-card';
import { Pagination } from '@/components/pagination';
import type { ArticleCard as Card } from '@/db/queries/public-article';
import type { Page } from '@/db/queries/public-article';
import type { Locale } from '@/i18n/config';
import type { PublicDateStyle } from '@/lib/dates';

interface ArticleListProps {
  locale: Locale;
  heading: React.ReactNode;
  result: Page<Card>;
  href: (page: number) => string;
  dates: PublicDateStyle;
  /** Shown under the heading (e.g. the section's feed link). */
  aside?: React.ReactNode;
}

/** A heading, the article count, a page of articles and the links to the other pages. */
export async function ArticleList({ locale, heading, result, href, dates, aside }: ArticleListProps) {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const p = await getTranslations({ locale, namespace: 'Pagination' });
  return (
    <>
      <h1 className="text-3xl font-bold">{heading}</h1>
      <p className="mt-2 text-sm text-muted">
        {t('count', { count: result.total })}
        {aside}
      </p>
      {result.items.length === 0 ? (
        <p className="mt-8 text-muted">{t('empty')}</p>
      ) : (
        <ul className="mt-8 grid gap-x-8 gap-y-6 md:grid-cols-2">
          {result.items.map((article) => (
            <li key={article.id} className="border-b border-brand-100 pb-6">
              <ArticleCard article={article} locale={locale} dates={dates} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        href={href}
        labels={{ nav: p('label'), previous: p('previous'), next: p('next'), status: p('page', { page: result.page, count: result.pageCount }) }}
      />
    </>
  );
}
