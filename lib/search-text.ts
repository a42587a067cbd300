import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { arabicStems, brokenPluralSingulars, hasBrokenPlurals, normalizeArabic } from './arabic';
import { bodyPlainText } from './render';

/**
 * Text normalization shared by the search index and every query, so both sides meet on the same
 * terms: Arabic normalization and light stemming, Latin case and accent folding, then the
 * Snowball English or French stemmer. Everything here is pure; db/ stores and queries the result.
 */

const arabicLetter = /[\u0600-\u06FF]/;
const latinLetter = /\p{Script=Latin}/u;
const wordPattern = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: "Conférence" → "conference". */
export function foldLatin(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** An English possessive, with either apostrophe: women's and Women’s are women. */
const possessive = /(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu;
/** A French elided article, pronoun or conjunction, with either apostrophe: l'eau and l’eau are eau. */
const elision = /(?<![\p{L}\p{N}])(?:qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])['’](?=\p{L})/gu;

/** Words of a text after normalization (no stemming): Arabic normalized, Latin folded, clitics cut. */
export function normalizedWords(text: string): string[] {
  return foldLatin(normalizeArabic(text)).replace(possessive, '').replace(elision, '').match(wordPattern) ?? [];
}

/**
 * English plurals the Snowball stemmer leaves apart from their singular (it stems suffixes, and
 * these change the vowel or the ending). A short list of the forms news text uses.
 */
const englishIrregular: Record<string, string> = {
  women: 'woman',
  men: 'man',
  spokeswomen: 'spokeswoman',
  spokesmen: 'spokesman',
  chairwomen: 'chairwoman',
  chairmen: 'chairman',
  businesswomen: 'businesswoman',
  businessmen: 'businessman',
  fishermen: 'fisherman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  crises: 'crisis',
  analyses: 'analysis',
  theses: 'thesis',
  oases: 'oasis',
  criteria: 'criterion',
  phenomena: 'phenomenon',
};

// Own keys only: a word such as `constructor` must not find Object.prototype's.
const latinStemmers = [(word: string) => englishStemmer(Object.hasOwn(englishIrregular, word) ? englishIrregular[word]! : word), frenchStemmer];

/**
 * Every stem of one normalized word, chosen by the word's script and nothing else, so that the
 * index and the query always meet: Arabic words get the light stems, Latin words the English and
 * French stems side by side (a Latin name or acronym appears in releases of every language: ECOWAS
 * in an Arabic release is stored under the same stems as the query typed on any page), digits and
 * other scripts stay whole.
 */
export function stemsOf(word: string): string[] {
  if (arabicLetter.test(word)) return arabicStems(word);
  if (!latinLetter.test(word)) return [word];
  return [...new Set(latinStemmers.map((stem) => stem(word)))];
}

/**
 * Marks a term that comes from the broken-plural lexicon rather than from the word's own forms
 * (وسطاء is indexed as xوسيط beside وسطاء): a query reaches it only through its expanded match, so
 * results found that way rank after those that match the word's own forms. A Latin letter joined
 * to Arabic ones: one token for FTS5, and no word readers type.
 */
const lexiconMark = 'x';

/**
 * Marks the word as written (normalized, not stemmed) beside its stems: والمؤتمر is indexed as
 * موتمر and as this mark + والموتمر. A query's `formMatch` looks for the typed forms alone, so
 * the exact form ranks above other forms of the stem (lib/search-tiers.ts). A private-use
 * character: FTS5's unicode61 tokenizer keeps it inside the token (category Co), and no text
 * contains it.
 */
const formMark = '\uE000';

/**
 * Terms by word, kept: stemming costs ~16 µs a word, and highlighting a page of results stems
 * hundreds of the same newsroom words again (8-15 ms a page at 100,000 releases, more than the
 * query). Emptied when it reaches `termsLimit` words (a few MB).
 */
const termsByWord = new Map<string, readonly string[]>();
const termsLimit = 20_000;

/** Every term one normalized word is indexed under: its stems, its lexicon singulars (marked), its form (marked). */
export function wordTerms(word: string): readonly string[] {
  let terms = termsByWord.get(word);
  if (!terms) {
    const singulars = arabicLetter.test(word) ? brokenPluralSingulars(word).map((singular) => lexiconMark + singular) : [];
    terms = [...stemsOf(word), ...singulars, formMark + word];
    if (termsByWord.size >= termsLimit) termsByWord.clear();
    termsByWord.set(word, terms);
  }
  return terms;
}

/** Index terms of a stored search column without the written forms: the stems related news compares. */
export function stemTerms(column: string): string[] {
  return column.split(' ').filter((term) => term !== '' && !term.startsWith(formMark));
}

/** Index terms of a text, in order (alternatives side by side); the same whatever its language. */
export function indexTerms(text: string): string[] {
  return normalizedWords(text).flatMap(wordTerms);
}

/**
 * The version of the rules above. Raise it with any change that alters what a text is indexed
 * under: `npm run setup` then recomputes every stored row of an older version.
 * 1: tanween alef, prepositions without the article, English irregular plurals and possessives,
 * French elision (issue #17). 2: broken plurals from the lexicon, marked (lib/broken-plurals.ts).
 * 3: stems by the word's script, not the article's language; written forms, marked (issue #14).
 */
export const searchTextVersion = 3;

export interface SearchColumns {
  /** Normalized, stemmed title (and summary): weighted above the body when ranking. */
  searchTitle: string;
  searchBody: string;
  searchVersion: number;
}

/** What the index stores for one article: call on every write of its title, summary or body. */
export function searchColumnsFor({ title, summary, body }: { title: string; summary: string; body: unknown }): SearchColumns {
  return {
    searchTitle: indexTerms(`${title}\n${summary}`).join(' '),
    searchBody: indexTerms(bodyPlainText(body)).join(' '),
    searchVersion: searchTextVersion,
  };
}

/** Queries longer than this are cut: nobody types more, and each term costs an index lookup. */
const maxQueryTerms = 12;

/**
 * One set of the search glossary: names of one thing that readers use interchangeably across
 * languages and scripts (اليونسكو, UNESCO), one name per entry, each of one or more words.
 */
export type GlossarySet = readonly string[];

/** A word as the query sees it: the stems any of which may match. */
type WordStems = string[];
/**
 * One part of the query, every part must match: one of its alternatives (a typed word, or each
 * name of a glossary set it touched), an alternative matching when all its words do.
 */
export type QueryClause = WordStems[][];

export interface ParsedQuery {
  /** Every word the query may match, as stems, glossary names included: for highlighting. */
  terms: WordStems[];
  clauses: QueryClause[];
  /** The FTS5 MATCH expression, or null when the input has no searchable word. */
  match: string | null;
  /**
   * The words' own forms only, without the glossary and the lexicon: results it matches rank
   * first. Null when it is the same as `match`.
   */
  strictMatch: string | null;
  /**
   * The typed words as written only (each word's marked form, no stem): results it matches in the
   * title rank above stem matches there, and likewise in the body. Null when `match` is.
   */
  formMatch: string | null;
}

/** An FTS5 string literal: the term in double quotes, inner quotes doubled. */
function quoted(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** Parenthesized when there is more than one part, so FTS5's AND/OR precedence never decides. */
function joined(parts: string[], operator: 'AND' | 'OR'): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(` ${operator} `)})`;
}

function clauseMatch(clause: QueryClause): string {
  return joined(
    clause.map((words) => joined(words.map((stems) => joined(stems.map(quoted), 'OR')), 'AND')),
    'OR',
  );
}

/**
 * A typed word as the query looks for it: its stems and its written form (which `formMatch`
 * ranks first, see `formMark`). Expanded, with the lexicon: a singular also looks for its marked
 * broken plurals (وسيط → xوسيط), and a broken plural for its singular (وسطاء → وسيط) and the
 * singular's other plurals.
 */
function queryWord(word: string, expand: boolean): WordStems {
  const stems = [...stemsOf(word), formMark + word];
  if (!expand || !arabicLetter.test(word)) return stems;
  const singulars = brokenPluralSingulars(word);
  const marked = [...stems.filter(hasBrokenPlurals), ...singulars].map((stem) => lexiconMark + stem);
  return [...new Set([...stems, ...singulars, ...marked])];
}

const queryWords = (text: string, expand = true): WordStems[] => normalizedWords(text).map((word) => queryWord(word, expand));
const sameWord = (a: WordStems, b: WordStems) => a.some((stem) => b.includes(stem));

/**
 * Function words that glossary names carry (Organisation mondiale de la santé) and that nearly
 * every article of their language holds: in the expanded query they would only cost the longest
 * lookups of the index, so a name is searched for by its other words.
 */
const glossaryFunctionWords = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'le', 'les', 'des', 'du', 'et', 'pour', 'au', 'aux', 'en', 'a']);

interface CompiledSet {
  /** Each name's words as typed, to recognize the name in a query. */
  names: WordStems[][];
  /** What the query looks for instead: any name, without its function words. */
  clause: QueryClause;
}

function compileSet(set: GlossarySet): CompiledSet {
  const names = set.map(normalizedWords).filter((words) => words.length > 0);
  const lookedFor = (words: string[]) => {
    const content = words.filter((word) => !glossaryFunctionWords.has(word));
    return (content.length > 0 ? content : words).map((word) => queryWord(word, true));
  };
  return { names: names.map((words) => words.map((word) => queryWord(word, true))), clause: names.map(lookedFor) };
}

/**
 * Compiled sets by their names: every query reads the whole glossary, and stemming each name of
 * it again took longer than the search itself (3 ms of 100 sets). Emptied if it ever grows past
 * `compiledLimit` (sets edited many times over in one process).
 */
const compiled = new Map<string, CompiledSet>();
const compiledLimit = 2000;

function compiledSet(set: GlossarySet): CompiledSet {
  const key = JSON.stringify(set);
  let found = compiled.get(key);
  if (!found) {
    if (compiled.size >= compiledLimit) compiled.clear();
    found = compileSet(set);
    compiled.set(key, found);
  }
  return found;
}

/**
 * The glossary set with the longest name found at `start` in the typed words, and that name's
 * length in words; null when no name starts there.
 */
function glossaryAt(words: WordStems[], start: number, glossary: CompiledSet[]): { clause: QueryClause; length: number } | null {
  let best: { clause: QueryClause; length: number } | null = null;
  for (const set of glossary) {
    for (const name of set.names) {
      const fits = name.length > (best?.length ?? 0) && start + name.length <= words.length;
      if (fits && name.every((word, offset) => sameWord(word, words[start + offset]!))) best = { clause: set.clause, length: name.length };
    }
  }
  return best;
}

/**
 * A visitor's input → a safe FTS5 query. The input is never passed through: it is cut into words
 * (so quotes, `*`, `^`, `:`, parentheses and operators like NEAR/OR are dropped or become plain
 * words), each word gets the same normalization and stemming as the index, and the query is
 * built from quoted terms only — every word must match, in any of its stems. A glossary name
 * in the input (a word or several in a row) matches any name of its set instead, and a word of the
 * broken-plural lexicon its singular or plural too; `strictMatch` leaves both out, for ranking.
 */
export function parseSearchQuery(input: string, glossary: readonly GlossarySet[] = []): ParsedQuery {
  const text = input.slice(0, 500);
  const clauses = queryClauses(queryWords(text), glossary.map(compiledSet));
  const match = clauses.length === 0 ? null : clauses.map(clauseMatch).join(' AND ');
  const strictClauses = queryClauses(queryWords(text, false), []);
  const strict = strictClauses.map(clauseMatch).join(' AND ');
  const formMatch = match === null ? null : strictClauses.flatMap((clause) => clause.flat()).map((stems) => quoted(stems.find((stem) => stem.startsWith(formMark))!)).join(' AND ');
  return { terms: clauses.flatMap((clause) => clause.flat()), clauses, match, strictMatch: match === null || strict === match ? null : strict, formMatch };
}

/** The typed words as clauses, a glossary name (one word or several in a row) standing for its set. */
function queryClauses(words: WordStems[], sets: CompiledSet[]): QueryClause[] {
  const seen = new Set<string>();
  const clauses: QueryClause[] = [];
  for (let start = 0; start < words.length && clauses.length < maxQueryTerms; ) {
    const named = glossaryAt(words, start, sets);
    const clause = named ? named.clause : [[words[start]!]];
    start += named ? named.length : 1;
    // The same word in another form (مؤتمر, المؤتمر) is the same clause: the first form typed ranks.
    const key = JSON.stringify(clause.map((words) => words.map((stems) => stems.filter((stem) => !stem.startsWith(formMark)))));
    if (seen.has(key)) continue;
    seen.add(key);
    clauses.push(clause);
  }
  return clauses;
}

/** Letters French writes and English does not (loanwords aside). */
const frenchLetters = /[àâçéèêëîïôùûüÿœæ]/i;

/**
 * The language whose results a query asks for first. Arabic when it has Arabic words: names in
 * Latin letters appear inside Arabic text, not the other way round. A Latin-script query on an
 * English or French page is taken in that page's language; on the Arabic page, French when it has
 * letters or elisions only French writes, else English.
 */
export function queryLanguage(input: string, pageLanguage: string): string {
  if (arabicLetter.test(input)) return 'ar';
  if (!/\p{Script=Latin}/u.test(input) || pageLanguage !== 'ar') return pageLanguage;
  // `search`, not `test`: it ignores the global pattern's lastIndex.
  return frenchLetters.test(input) || foldLatin(input).search(elision) !== -1 ? 'fr' : 'en';
}
