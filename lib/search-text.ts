import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { arabicStems, normalizeArabic } from './arabic';
import { bodyPlainText } from './render';

/**
 * Text normalization shared by the search index and every query, so both sides meet on the same
 * terms: Arabic normalization and light stemming, Latin case and accent folding, then the
 * Snowball English or French stemmer. Everything here is pure; db/ stores and queries the result.
 */

const arabicLetter = /[\u0600-\u06FF]/;
const wordPattern = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: "Conférence" → "conference". */
export function foldLatin(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Words of a text after normalization (no stemming): Arabic normalized, Latin folded. */
export function normalizedWords(text: string): string[] {
  return foldLatin(normalizeArabic(text)).match(wordPattern) ?? [];
}

const latinStemmers: Record<string, (word: string) => string> = { en: englishStemmer, fr: frenchStemmer };

/**
 * Every stem under which one normalized word is indexed or searched. Arabic words get the light
 * stems; Latin words get the stem of the given languages (a query names all of them, since a
 * visitor may search French news from the English site); digits and unknown scripts stay whole.
 */
export function stemsOf(word: string, latinLanguages: readonly string[]): string[] {
  if (arabicLetter.test(word)) return arabicStems(word);
  if (/^\d+$/.test(word)) return [word];
  const stems = new Set<string>();
  for (const language of latinLanguages) stems.add((latinStemmers[language] ?? ((w: string) => w))(word));
  return [...stems];
}

/** Stemmed terms of a text in one language, in order, for the index (alternatives side by side). */
export function indexTerms(text: string, language: string): string[] {
  return normalizedWords(text).flatMap((word) => stemsOf(word, [language]));
}

export interface SearchColumns {
  /** Normalized, stemmed title (and summary): weighted above the body when ranking. */
  searchTitle: string;
  searchBody: string;
}

/** What the index stores for one article: call on every write of its title, summary or body. */
export function searchColumnsFor({ title, summary, body, locale }: { title: string; summary: string; body: unknown; locale: string }): SearchColumns {
  return {
    searchTitle: indexTerms(`${title}\n${summary}`, locale).join(' '),
    searchBody: indexTerms(bodyPlainText(body), locale).join(' '),
  };
}

/** Queries longer than this are cut: nobody types more, and each term costs an index lookup. */
const maxQueryTerms = 12;
const queryLanguages = ['en', 'fr'] as const;

export interface ParsedQuery {
  /** For each word typed, the stems any of which may match. */
  terms: string[][];
  /** The FTS5 MATCH expression, or null when the input has no searchable word. */
  match: string | null;
}

/** An FTS5 string literal: the term in double quotes, inner quotes doubled. */
function quoted(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/**
 * A visitor's input → a safe FTS5 query. The input is never passed through: it is cut into words
 * (so quotes, `*`, `^`, `:`, parentheses and operators like NEAR/OR are dropped or become plain
 * words), each word gets the same normalization and stemming as the index, and the query is
 * built from quoted terms only — every word must match, in any of its stems.
 */
export function parseSearchQuery(input: string): ParsedQuery {
  const seen = new Set<string>();
  const terms: string[][] = [];
  for (const word of normalizedWords(input.slice(0, 500))) {
    const stems = stemsOf(word, queryLanguages);
    const key = stems.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(stems);
    if (terms.length === maxQueryTerms) break;
  }
  const match =
    terms.length === 0
      ? null
      : terms.map((stems) => (stems.length === 1 ? quoted(stems[0]!) : `(${stems.map(quoted).join(' OR ')})`)).join(' AND ');
  return { terms, match };
}

export interface HighlightPart {
  text: string;
  mark: boolean;
}

/**
 * A short excerpt of `text` around the first words matching the query, with matching words
 * marked. Works on the original text (the index holds stems, which no reader should see) by
 * stemming each word the same way and comparing.
 */
export function highlightExcerpt(text: string, terms: string[][], language: string, maxLength = 220): HighlightPart[] {
  const wanted = new Set(terms.flat());
  const tokens = text.split(/([\p{L}\p{N}\p{M}]+)/u);
  const matches = (token: string) => {
    const [word] = normalizedWords(token);
    return word !== undefined && stemsOf(word, [language, ...queryLanguages]).some((stem) => wanted.has(stem));
  };
  let first = tokens.findIndex((token, index) => index % 2 === 1 && matches(token));
  if (first === -1) first = 0;
  // Start a little before the first match, on a word boundary.
  let start = first;
  let length = 0;
  while (start > 1 && length < maxLength / 4) {
    start -= 1;
    length += tokens[start]!.length;
  }
  const parts: HighlightPart[] = [];
  let used = 0;
  for (let index = start; index < tokens.length && used < maxLength; index += 1) {
    const token = tokens[index]!;
    if (token === '') continue;
    const mark = index % 2 === 1 && matches(token);
    const previous = parts.at(-1);
    if (previous && previous.mark === mark && !mark) previous.text += token;
    else parts.push({ text: token, mark });
    used += token.length;
  }
  const firstPart = parts[0];
  if (firstPart && tokens.slice(0, start).join('').trim() !== '') firstPart.text = `…${firstPart.text.trimStart()}`;
  const lastPart = parts.at(-1);
  if (lastPart && used >= maxLength && !lastPart.mark) lastPart.text = `${lastPart.text.trimEnd()}…`;
  else if (lastPart && used >= maxLength) parts.push({ text: '…', mark: false });
  return parts;
}
