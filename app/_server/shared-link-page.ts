import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/i18n/config';
import { env } from '@/lib/env';
import { decodeSegment } from '@/lib/paths';

/** The message keys, shared by the draft and embargo pages, that say why a link opens nothing any more. */
export const sharedLinkNoticeKeys = { expired: 'expired', revoked: 'revoked', unavailable: 'unavailable' } as const;

/**
 * The opening of a page reached through a signed link (`/{locale}/draft/{token}`,
 * `/{locale}/embargo/{token}`): the token checked against the site's secret by `verify` (which
 * knows the link's kind), then what it opens, by `load`. A forged, malformed or unknown token, or
 * a site without a secret, is not found: the page says nothing of what a link might have opened.
 */
export async function openSharedLinkPage<Found>(
  params: Promise<{ locale: string; token: string }>,
  verify: (signed: string, secret: string) => string | null,
  load: (query: { token: string }) => Found | null,
): Promise<{ locale: Locale; found: Found }> {
  const { locale, token: signed } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const token = env.AUTH_SECRET ? verify(decodeSegment(signed), env.AUTH_SECRET) : null;
  const found = token ? load({ token }) : null;
  if (!found) notFound();
  return { locale, found };
}
