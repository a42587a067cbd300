import Link from 'next/link';
import { directionOf, type Locale } from '@/i18n/config';
import { formatPublicationDate, type PublicDateStyle } from '@/lib/dates';
import { articlePath } from '@/lib/paths';

export interface ArticleCardData {
  locale: string;
  slug: string;
  title: string;
  summary: string;
  publishAt: Date;
  category: { name: string; slug: string } | null;
}

interface ArticleCardProps {
  article: ArticleCardData;
  locale: Locale;
  /** The heading level in the page's outline. */
  level?: 2 | 3;
  showSummary?: boolean;
  dates: PublicDateStyle;
  size?: 'lead' | 'normal' | 'compact';
}

/** One article in a list: title link, date and category, and (optionally) its summary. */
export function ArticleCard({ article, locale, level = 2, showSummary = true, dates, size = 'normal' }: ArticleCardProps) {
  const Heading = `h${level}` as const;
  const date = formatPublicationDate(article.publishAt, locale, dates);
  const titleSize = size === 'lead' ? 'text-2xl md:text-3xl' : size === 'compact' ? 'text-base' : 'text-lg';
  return (
    // A div, not <article>: the page's one <article> is the release being read.
    <div lang={article.locale} dir={directionOf(article.locale)} className="news-card">
      <Heading className={titleSize}>
        <Link href={articlePath(article.locale, article.slug)} prefetch={false}>
          {article.title}
        </Link>
      </Heading>
      <p className="news-card-meta">
        <time dateTime={date.iso}>{date.gregorian}</time>
        {article.category ? <> · {article.category.name}</> : null}
      </p>
      {showSummary && article.summary ? <p className={size === 'lead' ? 'text-lg' : undefined}>{article.summary}</p> : null}
    </div>
  );
}
