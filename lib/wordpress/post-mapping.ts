import { defaultLocale, isLocale, type Locale } from '../../i18n/config';
import type { ArticleStatus } from '../domain';
import { slugify } from '../slug';
import type { WxrItem } from './wxr-reader';

/** How a WordPress post's status arrives: scheduled posts are published with a future time. */
export type ImportedStatus = { status: Extract<ArticleStatus, 'published' | 'draft'>; scheduled: boolean } | null;

export function importedStatus(wordpressStatus: string): ImportedStatus {
  switch (wordpressStatus) {
    case 'publish':
      return { status: 'published', scheduled: false };
    case 'future':
      return { status: 'published', scheduled: true };
    // Private posts were never public: a draft the newsroom can look at again.
    case 'draft':
    case 'pending':
    case 'private':
      return { status: 'draft', scheduled: false };
    default:
      // trash, auto-draft, inherit (revisions): nothing a reader saw or a writer meant to keep.
      return null;
  }
}

/** A `YYYY-MM-DD HH:MM:SS` time of the export, read as UTC; null for WordPress's zero date or garbage. */
export function wordpressTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || match[1] === '0000') return null;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== day ? null : date;
}

/** The post's moment: its UTC date, else its local one (drafts have no UTC date yet), else now. */
export function postTime(item: Pick<WxrItem, 'postDateGmt' | 'postDate'>, now: Date): Date {
  return wordpressTime(item.postDateGmt) ?? wordpressTime(item.postDate) ?? now;
}

/** A slug as WordPress stores it (`%d8%a7…`) decoded, then held to Bayan's slug rules. */
export function importedSlug(item: Pick<WxrItem, 'postName' | 'title' | 'postId'>): string {
  let decoded = item.postName;
  try {
    decoded = decodeURIComponent(item.postName);
  } catch {
    // A broken escape: the text as it is, which slugify then cleans.
  }
  return slugify(decoded) || slugify(item.title) || `post-${item.postId}`;
}

export type PostLanguage = { locale: Locale; assumed: boolean } | { unsupported: string };

/**
 * A post's language from Polylang's `language` term (`ar`, `en`, `fr`, or a regional slug such as
 * `en-gb`); a post without one gets the site's default language, flagged as assumed.
 */
export function postLanguage(item: Pick<WxrItem, 'terms'>): PostLanguage {
  const term = item.terms.find((entry) => entry.domain === 'language');
  if (!term) return { locale: defaultLocale, assumed: true };
  const language = term.nicename.toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(language) ? { locale: language, assumed: false } : { unsupported: term.nicename };
}

/** The Polylang translation group a post belongs to (the `post_translations` term's slug), if any. */
export function translationGroupOf(item: Pick<WxrItem, 'terms'>): string | null {
  return item.terms.find((entry) => entry.domain === 'post_translations')?.nicename ?? null;
}

/** Decoded term slugs and names of one taxonomy on a post (`category`, `post_tag`). */
export function postTerms(item: Pick<WxrItem, 'terms'>, domain: string): { slug: string; name: string }[] {
  return item.terms.filter((entry) => entry.domain === domain).map((entry) => ({ slug: decodeSlug(entry.nicename), name: entry.name.trim() }));
}

export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug).normalize('NFC');
  } catch {
    return slug;
  }
}
