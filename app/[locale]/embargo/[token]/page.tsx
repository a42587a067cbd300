import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SharedLinkView } from '@/components/article/shared-link-view';
import { getEmbargoedArticle } from '@/db/queries/embargo';
import { getArticleImages } from '@/db/queries/media';
import { organizationTimeZone, publicDateStyle } from '@/db/queries/settings';
import { isLocale } from '@/i18n/config';
import { formatDateTime } from '@/lib/dates';
import { embargoLinkState, verifyEmbargoToken } from '@/lib/embargo';
import { env } from '@/lib/env';
import { decodeSegment } from '@/lib/paths';

// Per request: a revoked or expired link must stop working at once, and nothing here is cached.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: false, nocache: true } };

const noticeKeys = { expired: 'expired', revoked: 'revoked', unavailable: 'unavailable' } as const;

/**
 * A partner's read-only view of an embargoed article, through a signed, expiring, revocable link.
 * It shows the article only while it is approved or published, exactly as readers will get it
 * (images with the texts its reviewer approved); otherwise a notice with none of its text.
 */
export default async function EmbargoPage({ params }: PageProps<'/[locale]/embargo/[token]'>) {
  const { locale, token: signed } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const token = env.AUTH_SECRET ? verifyEmbargoToken(decodeSegment(signed), env.AUTH_SECRET) : null;
  const found = token ? getEmbargoedArticle({ token }) : null;
  if (!found) notFound();
  const t = await getTranslations('Embargo');
  const state = embargoLinkState(found, found.article.status, new Date());
  const timeZone = organizationTimeZone();

  const notice = state === 'valid' ? { title: '', text: '' } : { title: t('expiredTitle'), text: t(noticeKeys[state]) };
  return (
    <SharedLinkView
      shown={state === 'valid' ? { article: found.article, dates: publicDateStyle(), images: getArticleImages({ article: found.article, texts: 'reviewed' }) } : null}
      warning={found.article.publishAt ? t('embargoedUntil', { time: `${formatDateTime(found.article.publishAt, locale, timeZone)} (${timeZone})` }) : t('embargoed')}
      notice={notice}
    />
  );
}
