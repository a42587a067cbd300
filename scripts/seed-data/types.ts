/** The shape of Bayan's demo content. The texts are our own, written in the style of an
 * international organization's press releases: dateline, several paragraphs, end marker. */
export type DemoLocale = 'ar' | 'en' | 'fr';

export type DemoCategoryKey =
  | 'summits'
  | 'humanitarian'
  | 'economy'
  | 'culture'
  | 'science'
  | 'secretariat';

export interface DemoCategory {
  key: DemoCategoryKey;
  names: Record<DemoLocale, string>;
  slugs: Record<DemoLocale, string>;
}

/** One language version of a release. The body is plain paragraphs; the seed turns them into
 * editor JSON. The end marker and dateline are rendered by the site, not written here. */
export interface DemoTranslation {
  title: string;
  summary: string;
  /** Dateline city in this language, e.g. "جدة", "Jeddah", "Djeddah". */
  city: string;
  /** News agency in this language, e.g. "يونا" / "UNA". */
  source: string;
  /** Three to six paragraphs. A paragraph may start with "## " to become a subheading. */
  paragraphs: string[];
  /** Tag names in this language (created on first use, shared across releases). */
  tags: string[];
}

export type DemoState =
  | { status: 'published'; daysAgo: number; hour?: number }
  | { status: 'scheduled'; daysAhead: number; hour?: number }
  | { status: 'in_review' }
  | { status: 'draft' }
  | { status: 'changes_requested'; comment: string };

export interface DemoRelease {
  /** Stable key: the translation group id derives from it, so the seed stays idempotent. */
  key: string;
  category: DemoCategoryKey;
  /** Which user wrote it. */
  author: 'writer' | 'reviewer' | 'admin';
  /** The state of every language version of this release (a version may override it). */
  state: DemoState;
  translations: Partial<Record<DemoLocale, DemoTranslation & { state?: DemoState }>>;
}
