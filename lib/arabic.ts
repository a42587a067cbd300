/** Harakat (U+064B–U+065F), superscript alef (U+0670) and tatweel (U+0640): marks that change
 * neither the word nor its search match, and that readers and writers use inconsistently. */
const tashkeelAndTatweel = /[\u064B-\u065F\u0670\u0640]/g;

export function stripTashkeel(text: string): string {
  return text.replace(tashkeelAndTatweel, '');
}

/** Letters written in several ways that readers treat as one when searching. */
const letterVariants: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
};
const letterVariantPattern = /[أإآٱىةؤئ]/g;

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits. */
const easternDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function toWesternDigits(text: string): string {
  return text.replace(easternDigits, (digit) => String((digit.codePointAt(0)! & 0xf) % 10));
}

/**
 * Search normalization of Arabic text: composed form first (so أ stays one letter and is not
 * split into ا + a hamza mark that tashkeel stripping would drop), then marks and tatweel go,
 * letter variants are unified and Eastern digits become Western. Latin text passes through.
 */
export function normalizeArabic(text: string): string {
  return toWesternDigits(stripTashkeel(text.normalize('NFC')).replace(letterVariantPattern, (letter) => letterVariants[letter]!));
}

/**
 * Attached definite-article forms, longest first: the article alone, with a preposition (ب ك ل,
 * where ل + ال is written لل) and with a conjunction (و ف) before either.
 */
const articlePrefixes = ['وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];

/** Light10's suffixes (Larkey, Ballesteros & Connell, 2002), after normalization (ة is ه, ى is ي). */
const suffixes = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** A stem shorter than this is more likely another word than the same one (امين ↛ ام). */
const minimumStem = 3;

function stripArticle(word: string): string {
  for (const prefix of articlePrefixes) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) return word.slice(prefix.length);
  }
  return word;
}

function stripSuffixes(word: string): string {
  let stem = word;
  for (const suffix of suffixes) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minimumStem) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/**
 * Light stemming of one normalized Arabic word, after Light10: the definite article with its
 * attached conjunction or preposition, then common plural, dual, feminine and pronoun suffixes.
 *
 * The first stem is the word's reading with only the article forms removed. A bare conjunction
 * (و or ف before a word without the article) is ambiguous — وزير is a word, ومؤتمر is و + مؤتمر —
 * so such a word also yields the stem without the conjunction. The index stores every stem and a
 * query matches any of them, which finds ومؤتمر from مؤتمر without turning وزير into زير alone.
 *
 * The Snowball Arabic stemmer in @orama/stemmers was measured against the same cases and
 * rejected: it stems والمؤتمر and المؤتمر differently, and تعاون and التعاون to different stems.
 */
export function arabicStems(word: string): string[] {
  const stems = [stripSuffixes(stripArticle(word))];
  const conjunction = word[0] === 'و' || word[0] === 'ف';
  if (conjunction && stripArticle(word) === word && word.length - 1 >= minimumStem) {
    const rest = stripSuffixes(word.slice(1));
    if (!stems.includes(rest)) stems.push(rest);
  }
  return stems;
}
