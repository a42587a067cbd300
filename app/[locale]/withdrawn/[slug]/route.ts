import { getTranslations } from 'next-intl/server';
import { getWithdrawal } from '@/db/queries/release-lifetime';
import { isLocale } from '@/i18n/config';
import { decodeSegment } from '@/lib/paths';
import { withdrawalNoticeHtml } from '@/lib/withdrawal-notice';

/**
 * What a withdrawn release's address answers (the address gate, app/_server/address-gate.ts,
 * sends `/{locale}/news/{slug}` here when that release is withdrawn): 410 Gone, with a short notice
 * and the reason given, in the release's language. Asked for directly, an address that is not withdrawn is simply not found.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/withdrawn/[slug]'>) {
  const { locale, slug } = await params;
  const withdrawal = isLocale(locale) ? getWithdrawal({ locale, slug: decodeSegment(slug) }) : null;
  if (!withdrawal || !isLocale(locale)) return new Response(null, { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Withdrawal' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  const html = withdrawalNoticeHtml({
    locale,
    siteName: site('siteName'),
    heading: t('heading'),
    reason: withdrawal.reason ? t('reason', { reason: withdrawal.reason }) : null,
    home: { href: `/${locale}`, label: t('home') },
  });
  return new Response(html, {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
  });
}
