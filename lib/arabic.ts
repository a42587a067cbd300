import { brokenPlurals } from './broken-plurals';

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
  return toWesternDigits(stripTashkeel(stripTanweenAlef(text.normalize('NFC'))).replace(letterVariantPattern, (letter) => letterVariants[letter]!));
}

/**
 * The alef that carries tanween fath (ـاً, or ـًا as some keyboards order it) at the end of a
 * word is spelling, not part of the word: ووسيطاً is و + وسيط, إغاثياً is إغاثي. Where the mark is
 * written the alef can go for certain; where it is not, `arabicStems` adds the reading without it.
 */
const tanweenAlef = /(?:ًا|اً)(?![\p{L}\p{M}])/gu;

function stripTanweenAlef(text: string): string {
  return text.replace(tanweenAlef, '');
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
 * Common words whose first letter is a root letter that looks like an attached preposition
 * (ب ك ل). Read as preposition + word, they would meet unrelated words: كبيرة would be found by
 * بئر, بطاقات by الطاقة. Measured on the demo releases; extend it when a new collision is seen.
 * Written normalized; compared by light stem, so كبير also covers كبيرة and كبيرا.
 */
const rootInitialWords = ['كبير', 'كبار', 'كثير', 'كريم', 'كلمه', 'كافه', 'كانت', 'كتاب', 'بطاقه', 'بطاقات', 'بيان', 'بيانات', 'بناء', 'بلد', 'بلدان', 'بعثه', 'بديل', 'برنامج', 'برامج', 'بلغ', 'بلغت', 'لجنه', 'لجان', 'لغه', 'لغات', 'لقاء', 'ليله'];
const rootInitialStems = new Set(rootInitialWords.map(stripSuffixes));

/** An attached preposition, with or without a conjunction before it, on a word without the article. */
const bareProclitic = /^[وف]?[بكل]/;

/** A word left by removing a final alef without a written tanween must keep this many letters: عليا is not علي. */
const minimumBeforeAlef = 4;

/**
 * Readings of a word without the article: the word itself; without a conjunction (ومؤتمر); without
 * a preposition and its conjunction (بجدة, لتغير, وبتمويل). A word of a few letters keeps its first
 * letter (بحث, ولي), and so does a listed root-initial word (كبيرة).
 */
function procliticReadings(word: string): string[] {
  const readings = [word];
  if ((word[0] === 'و' || word[0] === 'ف') && word.length - 1 >= minimumStem) readings.push(word.slice(1));
  const proclitic = bareProclitic.exec(word)?.[0];
  const rest = proclitic ? word.slice(proclitic.length) : '';
  const rootLetter = rootInitialStems.has(stripSuffixes(proclitic && proclitic.length === 2 ? word.slice(1) : word));
  if (proclitic && rest.length >= minimumStem && !rootLetter) readings.push(rest);
  return readings;
}

/**
 * Light stemming of one normalized Arabic word, after Light10 (Larkey, Ballesteros & Connell,
 * 2002): the definite article with its attached conjunction or preposition, then common plural,
 * dual, feminine and pronoun suffixes. Beyond Light10, as its successors do, a preposition (ب ك ل)
 * is also removed where no article follows, and a final alef left by tanween.
 *
 * A word without the article may or may not carry a prefix — وزير is a word, ومؤتمر is و + مؤتمر;
 * بجدة is ب + جدة — and a final alef may be tanween (وسيطا) or the word's own (افريقيا). So such
 * a word yields every reading: the index stores every stem and a query matches any of them, which
 * finds بجدة from جدة without turning وزير into زير alone. The first stem is always the reading
 * with only the article removed.
 *
 * Nisba adjectives meet their noun through the suffixes: اغاثي and اغاثه both stem to اغاث.
 *
 * The Snowball Arabic stemmer in @orama/stemmers was measured against the same cases and
 * rejected: it stems والمؤتمر and المؤتمر differently, and تعاون and التعاون to different stems.
 */
export function arabicStems(word: string): string[] {
  const stems: string[] = [];
  for (const reading of readingsOf(word)) {
    const forms = reading.endsWith('ا') && reading.length - 1 >= minimumBeforeAlef ? [reading, reading.slice(0, -1)] : [reading];
    for (const form of forms) {
      const stem = stripSuffixes(form);
      if (!stems.includes(stem)) stems.push(stem);
    }
  }
  return stems;
}

/** The word without its article, or, without one, every proclitic reading (see `arabicStems`). */
function readingsOf(word: string): string[] {
  const withoutArticle = stripArticle(word);
  return withoutArticle === word ? procliticReadings(word) : [withoutArticle];
}

/** Plural (normalized) → stem of its singular, from the reviewed lexicon. */
const singularOfPlural = new Map(brokenPlurals.map(([plural, singular]) => [normalizeArabic(plural), stripSuffixes(normalizeArabic(singular))]));
const singularsWithPlurals = new Set(singularOfPlural.values());

/** Stems of the singulars a normalized word is a broken plural of (والوسطاء → وسيط); usually none. */
export function brokenPluralSingulars(word: string): string[] {
  return [...new Set(readingsOf(word).flatMap((reading) => singularOfPlural.get(reading) ?? []))];
}

/** Whether the lexicon knows broken plurals of this stem (وسيط: yes). */
export function hasBrokenPlurals(stem: string): boolean {
  return singularsWithPlurals.has(stem);
}
