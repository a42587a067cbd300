import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { openSharedLinkPage, sharedLinkNoticeKeys } from '@/app/_server/shared-link-page';
import { SharedLinkView } from '@/components/article/shared-link-view';
import { getEmbargoedArticle } from '@/db/queries/embargo';
import { getArticleImages } from '@/db/queries/media';
import { organizationTimeZone, publicDateStyle } from '@/db/queries/settings';
import { formatDateTime } from '@/lib/dates';
import { embargoLinkState, verifyEmbargoToken } from '@/lib/embargo';

// Per request: a revoked or expired link must stop working at once, and nothing here is cached.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: false, nocache: true } };

/**
 * A partner's read-only view of an embargoed article, through a signed, expiring, revocable link.
 * It shows the article only while it is approved or published, exactly as readers will get it
 * (images with the texts its reviewer approved); otherwise a notice with none of its text.
 */
export default async function EmbargoPage({ params }: PageProps<'/[locale]/embargo/[token]'>) {
  const { locale, found } = await openSharedLinkPage(params, verifyEmbargoToken, getEmbargoedArticle);
  const t = await getTranslations('Embargo');
  const state = embargoLinkState(found, found.article.status, new Date());
  const timeZone = organizationTimeZone();

  const notice = state === 'valid' ? { title: '', text: '' } : { title: t('expiredTitle'), text: t(sharedLinkNoticeKeys[state]) };
  return (
    <SharedLinkView
      shown={state === 'valid' ? { article: found.article, dates: publicDateStyle(), images: getArticleImages({ article: found.article, texts: 'reviewed' }) } : null}
      warning={found.article.publishAt ? t('embargoedUntil', { time: `${formatDateTime(found.article.publishAt, locale, timeZone)} (${timeZone})` }) : t('embargoed')}
      notice={notice}
    />
  );
}
