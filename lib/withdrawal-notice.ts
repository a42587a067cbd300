import { directionOf } from '@/i18n/config';
import { escapeXml } from './feed';

export interface WithdrawalNotice {
  locale: string;
  siteName: string;
  heading: string;
  /** The reason given at withdrawal, already prefixed in the notice's language; null for none. */
  reason: string | null;
  home: { href: string; label: string };
}

/**
 * The whole page a withdrawn release's address answers with (410 Gone), in the release's language
 * and direction. A small page of its own: a 410 comes from a route handler, not the page tree.
 */
export function withdrawalNoticeHtml(notice: WithdrawalNotice): string {
  const dir = directionOf(notice.locale);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeXml(notice.locale)}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${escapeXml(`${notice.heading} – ${notice.siteName}`)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}a{color:#0b5c4a}</style>',
    '</head><body><main>',
    `<h1>${escapeXml(notice.heading)}</h1>`,
    notice.reason ? `<p data-testid="withdrawal-reason">${escapeXml(notice.reason)}</p>` : '',
    `<p><a href="${escapeXml(notice.home.href)}">${escapeXml(notice.home.label)}</a></p>`,
    '</main></body></html>',
  ].join('');
}
