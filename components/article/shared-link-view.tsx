import type { ReactNode } from 'react';
import type { PublicDateStyle } from '@/lib/dates';
import type { ArticleImages } from '@/lib/media/public-image';
import { ArticleView, type ArticleViewData } from './article-view';

/**
 * The page behind a link for someone without an account (an embargo link, a draft preview): the
 * text under a warning that says what it is, or, when the link no longer works, a notice with
 * none of the text.
 */
export function SharedLinkView({
  shown,
  warning,
  notice,
}: {
  shown: { article: ArticleViewData; images: ArticleImages; dates: PublicDateStyle } | null;
  warning: ReactNode;
  notice: { title: string; text: string };
}) {
  return (
    <main id="main" className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8">
      {shown ? (
        <>
          <p role="note" className="rounded border-2 border-red-700 bg-red-50 p-3 text-lg font-bold text-red-900">
            {warning}
          </p>
          <ArticleView article={shown.article} dates={shown.dates} images={shown.images} />
        </>
      ) : (
        <section className="rounded border border-gray-300 p-6" data-testid="embargo-notice">
          <h1 className="text-2xl font-bold">{notice.title}</h1>
          <p className="mt-2">{notice.text}</p>
        </section>
      )}
    </main>
  );
}
