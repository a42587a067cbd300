import type { ParsedQuery } from './search-text';

/**
 * The ranking of public search (issue #17) as tiers: FTS5 MATCH expressions that split a query's
 * matches into disjoint sets, best first. Results come in tier order, newest first within a tier.
 *
 * 1. the typed words' own forms (`strictMatch`) before matches found only through the glossary or
 *    the broken-plural lexicon;
 * 2. within those, a match in the title (with the summary) before a match in the body only;
 * 3. within each, the words as typed (`formMatch`) before other forms of their stems.
 * Matches found only through the glossary or the lexicon come last, as one tier.
 *
 * Why tiers and not bm25 (issue #14): FTS5 computes bm25 for every matching row before it can
 * sort, about 0.7 µs a row, so a word found in 45,000 of 100,000 releases cost 40 ms before the
 * first result; FTS5 has no top-k shortcut. A tier is read on its own, newest first, and a page
 * stops at the tier that fills it, so page 1 of a common word reads only its best tier.
 *
 * Together the tiers hold exactly the rows of `all`, the own forms (S) or the whole match (M):
 * the tiers of S are S split by the column filter and the forms (F, which imply S: each word of F
 * is one alternative of that word in S) with NOT, and the last is M NOT S. M holds S but for rare
 * cases (a glossary name whose word shares only one of its stems with the typed word), and a
 * result found by the typed words is one the reader asked for either way.
 */
const title = (expression: string) => `{search_title}: (${expression})`;
const not = (a: string, b: string) => `(${a}) NOT (${b})`;

export function searchTiers({ match, strictMatch, formMatch }: Pick<ParsedQuery, 'match' | 'strictMatch' | 'formMatch'> & { match: string }): { tiers: string[]; all: string; beforeLast: string } {
  // The own forms alone, without `match`: for a glossary query it is the costly part to evaluate
  // (every name of the set, in every form).
  const own = strictMatch ?? match;
  const tiers =
    formMatch === null
      ? [title(own), not(own, title(own))]
      : [title(formMatch), not(title(own), title(formMatch)), not(formMatch, title(own)), not(not(own, title(own)), formMatch)];
  // Found only through the glossary or the lexicon: one tier, not split by the title, since a
  // glossary expression (every name of a set) costs the most to evaluate, once more per split.
  // `beforeLast` holds the rows of every tier but the last: counted with the last one's count, the total.
  if (strictMatch === null) return { tiers, all: match, beforeLast: formMatch === null ? title(own) : `(${title(own)}) OR (${formMatch})` };
  return { tiers: [...tiers, not(match, strictMatch)], all: `(${match}) OR (${strictMatch})`, beforeLast: strictMatch };
}
