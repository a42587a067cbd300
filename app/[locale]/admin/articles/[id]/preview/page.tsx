import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { openArticlePage } from '@/app/_server/page-setup';
import { ArticleView } from '@/components/article/article-view';
import { StatusBadge } from '@/components/admin/status-badge';
import { getArticleImages } from '@/db/queries/media';
import { publicDateStyle } from '@/db/queries/settings';
import { Link } from '@/i18n/navigation';
import { isScheduled } from '@/lib/workflow';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The public rendering of the article in whatever state it is, for its author and reviewers. */
export default async function PreviewPage({ params }: PageProps<'/[locale]/admin/articles/[id]/preview'>) {
  const { article } = await openArticlePage(params, 'article.preview', '/preview');
  const t = await getTranslations('Preview');
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6">
      <div role="note" className="flex flex-wrap items-center gap-3 rounded border border-amber-400 bg-amber-50 p-3">
        <span className="font-bold">{t('banner')}</span>
        <StatusBadge status={article.status} scheduled={isScheduled(article.status, article.publishAt, new Date())} />
        <Link href={`/admin/articles/${article.id}`} className="text-brand-700 underline">
          {t('backToEditor')}
        </Link>
      </div>
      {/* The library's texts as they are now: what approving the article would put before readers. */}
      <ArticleView article={article} dates={publicDateStyle()} images={getArticleImages({ article, texts: 'library' })} />
    </div>
  );
}
