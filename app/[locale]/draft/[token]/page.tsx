import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { openSharedLinkPage, sharedLinkNoticeKeys } from '@/app/_server/shared-link-page';
import { SharedLinkView } from '@/components/article/shared-link-view';
import { getPreviewedRevision } from '@/db/queries/embargo';
import { getArticleImages } from '@/db/queries/media';
import { publicDateStyle } from '@/db/queries/settings';
import { previewLinkState, verifyPreviewToken } from '@/lib/preview-links';

// Per request and never stored: a revoked or expired link must stop working at once.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: false, nocache: true } };

/**
 * A draft shown to someone without an account, through a signed, expiring, revocable link to one
 * revision: that revision's text exactly, under a "not for publication" warning, with the images'
 * library texts (a draft's are not reviewed yet). A forged or malformed token is not found.
 */
export default async function DraftPreviewPage({ params }: PageProps<'/[locale]/draft/[token]'>) {
  const { found } = await openSharedLinkPage(params, verifyPreviewToken, getPreviewedRevision);
  const t = await getTranslations('DraftPreview');
  const state = previewLinkState(found, found.article.status, new Date());
  // A draft has no publication date yet, whatever the article's schedule says.
  const article = { ...found.article, publishAt: null };
  return (
    <SharedLinkView
      shown={state === 'valid' ? { article, dates: publicDateStyle(), images: getArticleImages({ article, texts: 'library' }) } : null}
      warning={t('warning')}
      notice={state === 'valid' ? { title: '', text: '' } : { title: t('expiredTitle'), text: t(sharedLinkNoticeKeys[state]) }}
    />
  );
}
