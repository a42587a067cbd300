/**
 * Precision and recall of search on the demo releases, against a judged query table (issue #17).
 * `npx tsx scripts/search-quality.ts` prints the table; scripts/search-quality.test.ts holds the
 * rules to their figures. Matching is evaluated as FTS5 evaluates the MATCH expression, on the
 * terms `indexTerms` stores for each language version (title, summary and body).
 *
 * Relevance is judged on the raw text, independently of the search rules: a release is relevant
 * when it contains, as whole words, the forms a reader who typed the query wants found (with the
 * attached clitics any reader accepts). The forms listed are the judgment; keep them that way.
 */
import { type GlossarySet, indexTerms, parseSearchQuery } from '../lib/search-text';
import { demoGlossary } from './seed-data/glossary';
import { demoReleases } from './seed-data/releases';

interface Doc {
  id: string;
  language: string;
  words: Set<string>;
  terms: Set<string>;
}

/** Arabic clitics a reader accepts before a word: conjunction, preposition, article. */
const ar = (forms: string) => new RegExp(`^(?:[وف])?(?:[بكل])?(?:ال|ل)?(?:${forms})$`);
/** Latin forms with the elided article or possessive a reader accepts around them (l’UNESCO, UNESCO’s). */
const latin = (forms: string) => new RegExp(`^(?:[ld]['’])?(?:${forms})(?:['’]s)?$`);
const word = (pattern: RegExp, except: string[] = []) => (doc: Doc) => [...doc.words].some((w) => pattern.test(w) && !except.includes(w));
const all =
  (...tests: ((doc: Doc) => boolean)[]) =>
  (doc: Doc) =>
    tests.every((test) => test(doc));
const any =
  (...tests: ((doc: Doc) => boolean)[]) =>
  (doc: Doc) =>
    tests.some((test) => test(doc));
const phrase = (text: string) => (doc: Doc) => doc.words.size > 0 && text.split(' ').every((part) => doc.words.has(part));

export interface JudgedQuery {
  query: string;
  /** The issue's class this query exercises. */
  issueClass: number;
  relevant: (doc: Doc) => boolean;
}

export const judgedQueries: JudgedQuery[] = [
  { issueClass: 1, query: 'وسيط', relevant: word(ar('وسيط|وسيطا|وسيطة|وسيطان|وسيطين|وسطاء')) },
  { issueClass: 1, query: 'إغاثة', relevant: word(ar('إغاثة|إغاثي|إغاثيا|إغاثية|إغاثات')) },
  { issueClass: 1, query: 'دبلوماسي', relevant: word(ar('دبلوماسي|دبلوماسيا|دبلوماسية|دبلوماسيين|دبلوماسيون')) },
  { issueClass: 1, query: 'جسر', relevant: word(ar('جسر|جسرا|جسور')) },
  { issueClass: 2, query: 'جدة', relevant: word(ar('جدة')) },
  { issueClass: 2, query: 'تمويل', relevant: word(ar('تمويل|تمويله|تمويلها|تمويلات')) },
  { issueClass: 2, query: 'تغير المناخ', relevant: all(word(ar('تغير')), word(ar('مناخ|المناخ'))) },
  { issueClass: 2, query: 'الصكوك', relevant: word(ar('صك|صكوك')) },
  { issueClass: 2, query: 'مجلس', relevant: word(ar('مجلس|مجالس')) },
  { issueClass: 2, query: 'الطاقة', relevant: word(ar('طاقة|طاقات'), ['بطاقات', 'وبطاقات', 'بطاقة']) },
  { issueClass: 2, query: 'بئر', relevant: word(ar('بئر|آبار')) },
  { issueClass: 2, query: 'اللاجئين', relevant: word(ar('لاجئ|لاجئة|لاجئين|لاجئون|لاجئات')) },
  { issueClass: 3, query: 'دول', relevant: word(ar('دولة|دول|دولتين|دولتان')) },
  { issueClass: 4, query: 'اليونسكو', relevant: any(word(ar('اليونسكو')), word(latin('unesco'))) },
  { issueClass: 4, query: 'منظمة الصحة العالمية', relevant: any(phrase('منظمة الصحة العالمية'), word(latin('who|oms')), phrase('world health organization'), phrase('organisation mondiale de la santé')) },
  { issueClass: 4, query: 'الأمم المتحدة', relevant: any(all(word(ar('أمم')), word(ar('متحدة'))), phrase('united nations'), phrase('nations unies'), word(latin('onu'))) },
  { issueClass: 4, query: 'FAO', relevant: any(word(latin('fao')), phrase('منظمة الأغذية والزراعة')) },
  { issueClass: 5, query: 'woman', relevant: word(latin('woman|women')) },
  { issueClass: 5, query: 'child', relevant: word(latin('child|children')) },
  { issueClass: 5, query: 'crisis', relevant: word(latin('crisis|crises|crise')) },
  { issueClass: 5, query: 'men', relevant: word(latin('man|men')) },
  { issueClass: 5, query: "l'eau", relevant: word(latin('eau|eaux')) },
  { issueClass: 5, query: 'l’Organisation', relevant: word(latin('organisation|organisations')) },
  { issueClass: 5, query: 'femmes', relevant: word(latin('femme|femmes')) },
  { issueClass: 5, query: "d'éducation", relevant: word(latin('éducation|education')) },
];

/** The words a judge reads: marks and tatweel gone, Latin lower-cased, apostrophes kept inside words. */
function judgedWords(text: string): Set<string> {
  const plain = text.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/g, '').toLowerCase();
  return new Set(plain.split(/[^\p{L}\p{N}'’]+/u).map((w) => w.replace(/^['’]+|['’]+$/g, '')).filter(Boolean));
}

export function demoDocs(): Doc[] {
  return demoReleases.flatMap((release) =>
    Object.entries(release.translations).flatMap(([language, translation]) => {
      if (!translation) return [];
      const text = [translation.title, translation.summary, ...translation.paragraphs].join('\n');
      return [{ id: `${release.key}/${language}`, language, words: judgedWords(text), terms: new Set(indexTerms(text)) }];
    }),
  );
}

function finds(doc: Doc, query: string, glossary: readonly GlossarySet[]): boolean {
  return parseSearchQuery(query, glossary).clauses.every((clause) => clause.some((words) => words.every((stems) => stems.some((stem) => doc.terms.has(stem)))));
}

export interface QueryQuality {
  query: string;
  issueClass: number;
  relevant: number;
  found: number;
  foundRelevant: number;
  /** The irrelevant releases found, for the reader of the figures. */
  noise: string[];
  missed: string[];
}

export function measure(glossary: readonly GlossarySet[] = demoGlossary): { queries: QueryQuality[]; precision: number; recall: number } {
  const docs = demoDocs();
  const queries = judgedQueries.map(({ query, issueClass, relevant }) => {
    const judged = docs.filter(relevant);
    const found = docs.filter((doc) => finds(doc, query, glossary));
    const hit = found.filter((doc) => judged.includes(doc));
    return {
      query,
      issueClass,
      relevant: judged.length,
      found: found.length,
      foundRelevant: hit.length,
      noise: found.filter((doc) => !judged.includes(doc)).map((doc) => doc.id),
      missed: judged.filter((doc) => !found.includes(doc)).map((doc) => doc.id),
    };
  });
  const sum = (key: 'relevant' | 'found' | 'foundRelevant') => queries.reduce((total, q) => total + q[key], 0);
  return { queries, precision: sum('foundRelevant') / sum('found'), recall: sum('foundRelevant') / sum('relevant') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { queries, precision, recall } = measure();
  for (const q of queries) {
    console.log(`${String(q.issueClass)}  ${q.query.padEnd(24)} relevant ${q.relevant}  found ${q.found}  hit ${q.foundRelevant}${q.noise.length ? `  noise: ${q.noise.join(' ')}` : ''}${q.missed.length ? `  missed: ${q.missed.join(' ')}` : ''}`);
  }
  console.log(`micro-averaged precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
}
