/**
 * A synthetic newsroom archive made from the demo releases' vocabulary (scripts/seed-data), for the
 * archive benchmark (scripts/bench/archive.ts). Pure and deterministic: the same options give the
 * same archive, so two runs of the benchmark measure the same data.
 *
 * Shape, chosen to look like a real agency's archive:
 *  - releases spread evenly over `years`, ids rising with time (an archive is written in order);
 *  - about 60 % Arabic, 25 % English, 15 % French; about a third of releases are translations of
 *    the one before (same translation group, `translatedFrom` the group's first version);
 *  - a title, summary, category and tags of one demo release, and a body of 3 to 5 paragraphs drawn
 *    from all demo releases of the language with a skewed (Zipf) choice, so some paragraphs are in
 *    thousands of releases and others in a handful: searches meet common and rare words;
 *  - a closing reference line with the release's own number (Arabic releases write it in
 *    Arabic-Indic digits every other time) and, in Arabic releases, partner initials in Latin
 *    letters: each release has words found nowhere else, and Latin words inside Arabic text;
 *  - 97 % published; the last year also holds drafts, reviews, scheduled and withdrawn releases;
 *  - one or two revisions each.
 */
import type { ArticleStatus } from '../../lib/domain';
import { indexTerms, stemTerms, type SearchColumns, searchTextVersion } from '../../lib/search-text';
import { slugify } from '../../lib/slug';
import { demoReleases } from '../seed-data/releases';
import type { DemoCategoryKey, DemoLocale } from '../seed-data/types';

export interface ArchiveOptions {
  articles: number;
  years: number;
  /** The archive ends here: the newest release is published just before. */
  now: Date;
  seed?: number;
  /** How many staff accounts write the releases (author indexes run from 0). */
  authors: number;
}

export interface ArchiveArticle {
  /** 1-based, rising with publish time; the builder uses it as the row id. */
  id: number;
  translationGroupId: string;
  /** Id of the group's first version when this one is its translation. */
  translatedFromId: number | null;
  locale: DemoLocale;
  slug: string;
  title: string;
  summary: string;
  paragraphs: string[];
  categoryKey: DemoCategoryKey;
  tags: string[];
  status: ArticleStatus;
  publishAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  authorIndex: number;
  revisions: 1 | 2;
}

/** Mulberry32: a small, fast, seedable generator; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks index k of n with weight 1/(k+1)^s: the first items are common, the last rare. */
export function zipfPicker(n: number, s: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 0; k < n; k += 1) cumulative.push((sum += 1 / (k + 1) ** s));
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

interface Source {
  key: string;
  categoryKey: DemoCategoryKey;
  title: string;
  summary: string;
  tags: string[];
}

export const archiveLocales = ['ar', 'en', 'fr'] as const satisfies readonly DemoLocale[];
const localeShares: Record<DemoLocale, number> = { ar: 0.6, en: 0.25, fr: 0.15 };

/** Per language: the demo releases written in it, and all their paragraphs (subheadings aside). */
export function demoVocabulary(locale: DemoLocale): { sources: Source[]; paragraphs: string[] } {
  const sources: Source[] = [];
  const paragraphs: string[] = [];
  for (const release of demoReleases) {
    const translation = release.translations[locale];
    if (!translation) continue;
    sources.push({ key: release.key, categoryKey: release.category, title: translation.title, summary: translation.summary, tags: translation.tags });
    paragraphs.push(...translation.paragraphs.filter((paragraph) => !paragraph.startsWith('## ')));
  }
  return { sources, paragraphs };
}

/** Partner initials ending in "s", as agencies write them inside Arabic text (issue #14). */
export const latinInitials = ['ECOWAS', 'IRSAS', 'CILSS', 'OSS', 'ICIEDS'] as const;

const arabicIndic = (digits: string) => digits.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));

/** The release's closing reference line: its number, unique in the archive. */
export function referenceLine(locale: DemoLocale, id: number, pick: () => number): string {
  const number = String(100000 + id);
  switch (locale) {
    case 'ar': {
      const initials = latinInitials[Math.floor(pick() * latinInitials.length)]!;
      return `الرقم المرجعي للبيان ${pick() < 0.5 ? arabicIndic(number) : number}، بالتنسيق مع شركاء ${initials}.`;
    }
    case 'en':
      return `Release reference ${number}.`;
    case 'fr':
      return `Référence du communiqué ${number}.`;
  }
}

const day = 24 * 60 * 60 * 1000;

function statusFor(age: number, random: () => number): ArticleStatus {
  // Work in progress exists only in the last year; the older archive is all public.
  if (age > 365 * day) return 'published';
  const roll = random();
  if (roll < 0.03) return 'draft';
  if (roll < 0.045) return 'in_review';
  if (roll < 0.05) return 'changes_requested';
  if (roll < 0.06) return 'approved';
  if (roll < 0.075) return 'unpublished';
  return 'published';
}

/** The archive, oldest release first, generated lazily (100,000 releases never sit in memory). */
export function* generateArchive({ articles, years, now, seed = 14, authors }: ArchiveOptions): Generator<ArchiveArticle> {
  const random = seededRandom(seed);
  const vocabulary = Object.fromEntries(archiveLocales.map((locale) => [locale, demoVocabulary(locale)])) as Record<DemoLocale, ReturnType<typeof demoVocabulary>>;
  const paragraphPick = Object.fromEntries(archiveLocales.map((locale) => [locale, zipfPicker(vocabulary[locale].paragraphs.length, 1.1, random)])) as Record<DemoLocale, () => number>;
  const sourcePick = Object.fromEntries(archiveLocales.map((locale) => [locale, zipfPicker(vocabulary[locale].sources.length, 0.6, random)])) as Record<DemoLocale, () => number>;
  const span = years * 365 * day;
  const start = now.getTime() - span;
  type Group = { id: string; firstId: number; sourceKey: string; locales: Set<DemoLocale> };
  let group: Group | null = null;

  for (let id = 1; id <= articles; id += 1) {
    const roll = random();
    const locale: DemoLocale = roll < localeShares.ar ? 'ar' : roll < localeShares.ar + localeShares.en ? 'en' : 'fr';
    const { sources, paragraphs } = vocabulary[locale];
    const previous: Group | null = group;
    const translates: boolean = previous !== null && !previous.locales.has(locale) && random() < 0.5;
    const source: Source = (translates && sources.find((candidate) => candidate.key === previous?.sourceKey)) || sources[sourcePick[locale]()]!;
    const current: Group = translates && previous ? previous : { id: `archive-${id}`, firstId: id, sourceKey: source.key, locales: new Set() };
    current.locales.add(locale);
    group = current;

    // Evenly spread, a little jitter, always before `now`: the last release is a minute old.
    const publishAt = new Date(Math.min(start + (id / articles) * span + Math.floor(random() * 3_600_000), now.getTime() - 60_000));
    const status = statusFor(now.getTime() - publishAt.getTime(), random);
    const scheduled = status === 'published' && id > articles - 20 && random() < 0.5;
    const count = 3 + Math.floor(random() * 3);
    const body = Array.from({ length: count }, () => paragraphs[paragraphPick[locale]()]!);
    body.push(referenceLine(locale, id, random));
    const createdAt = new Date(publishAt.getTime() - 2 * 3_600_000);
    const visibleAt = scheduled ? new Date(now.getTime() + (1 + Math.floor(random() * 30)) * day) : publishAt;
    const hasTime = status === 'published' || status === 'approved' || status === 'unpublished';
    yield {
      id,
      translationGroupId: current.id,
      translatedFromId: translates ? current.firstId : null,
      locale,
      slug: `${slugify(source.title)}-${id}`,
      title: source.title,
      summary: source.summary,
      paragraphs: body,
      categoryKey: source.categoryKey,
      tags: source.tags,
      status,
      publishAt: hasTime ? visibleAt : null,
      publishedAt: status === 'published' && !scheduled ? publishAt : null,
      createdAt,
      updatedAt: status === 'published' || status === 'unpublished' ? publishAt : createdAt,
      authorIndex: Math.floor(random() * authors),
      revisions: random() < 0.3 ? 2 : 1,
    };
  }
}

/**
 * `searchColumnsFor` of a generated release, computed paragraph by paragraph and remembered: the
 * archive repeats a few hundred paragraphs 400,000 times, and stemming each again would take most
 * of the build. Same result, since the index terms of a text are those of its blocks in order
 * (checked by archive-data.test.ts).
 */
export function cachedSearchColumns(): (release: Pick<ArchiveArticle, 'title' | 'summary' | 'paragraphs'>) => SearchColumns {
  const cache = new Map<string, string>();
  const terms = (text: string) => {
    const key = text;
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = indexTerms(text).join(' ')));
    return value;
  };
  return ({ title, summary, paragraphs }) => ({
    searchTitle: terms(`${title}\n${summary}`),
    searchBody: paragraphs
      .map((paragraph) => terms(paragraph))
      .filter((value) => value !== '')
      .join(' '),
    searchVersion: searchTextVersion,
  });
}

/**
 * A word of one of the language's rarest paragraphs (the Zipf choice's last ones) that no other
 * demo text of that language holds in any form, as written: the archive's rare-word query, and
 * the paragraph's rank (0 = the rarest). Null if the tail shares every word.
 */
export function rareWord(locale: DemoLocale): { word: string; rank: number } | null {
  const { sources, paragraphs } = demoVocabulary(locale);
  const termsOf = (text: string) => stemTerms(indexTerms(text).join(' '));
  for (let rank = 0; rank < Math.min(10, paragraphs.length); rank += 1) {
    const index = paragraphs.length - 1 - rank;
    const others = [...paragraphs.filter((_, i) => i !== index), ...sources.flatMap((source) => [source.title, source.summary])];
    const elsewhere = new Set(others.flatMap(termsOf));
    const word = (paragraphs[index]!.match(/[\p{L}\p{M}]+/gu) ?? []).find((candidate) => candidate.length >= 6 && termsOf(candidate).every((term) => !elsewhere.has(term)));
    if (word) return { word, rank };
  }
  return null;
}
