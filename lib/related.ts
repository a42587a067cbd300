/**
 * Related news: which published articles to suggest under an article. Pure, so the weights can
 * be tested and tuned without a database; db/queries/related-articles.ts gathers a bounded set of
 * candidates (shared tags, same category, full-text neighbours, latest) and ranks them here.
 *
 * score = 3 × shared tags (at most 3 count)
 *       + 1.5 if same category
 *       + 6 × title similarity   (Jaccard of stemmed title terms)
 *       + 4 × body similarity    (Jaccard of the most frequent stemmed body terms)
 *       + 1 × recency            (1 for today, halving every 30 days)
 *
 * Tags are chosen by editors, so they weigh most; titles say what a release is about in a few
 * words, so a shared title term counts more than a shared body term. Recency only breaks ties
 * between otherwise similar articles: it is worth less than one shared tag.
 */

export const relatedWeights = {
  tag: 3,
  maxCountedTags: 3,
  category: 1.5,
  title: 6,
  body: 4,
  recency: 1,
  recencyHalfLifeDays: 30,
} as const;

/** How many related articles a page shows, and at least how many when the language has enough. */
export const relatedCount = { min: 4, max: 6 } as const;

/**
 * How long a computed list is served before it is ranked again. Writes and withdrawals already
 * refresh the lists they touch; this catches what no write announces: a scheduled release going
 * live next to older ones, and recency drifting as the days pass. A change to the ranking itself
 * (weights, candidate pools, stemming) ships with `DELETE FROM related_articles` in a migration,
 * or readers keep the old lists for up to this long.
 */
export const relatedListLifetime = 7 * 24 * 60 * 60 * 1000;

export interface RelatedCandidate {
  id: number;
  tagIds: readonly number[];
  categoryId: number | null;
  /** Stemmed title terms (see lib/search-text.ts). */
  titleTerms: readonly string[];
  /** Stemmed body terms. */
  bodyTerms: readonly string[];
  publishAt: Date;
}

/** Terms this common in a body say nothing about its subject; the rest are compared. */
const bodyTermsCompared = 40;
const day = 24 * 60 * 60 * 1000;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The body's most frequent terms longer than two letters (short ones are mostly particles). */
export function salientTerms(terms: readonly string[], limit = bodyTermsCompared): Set<string> {
  const counts = new Map<string, number>();
  for (const term of terms) if (term.length > 2) counts.set(term, (counts.get(term) ?? 0) + 1);
  return new Set(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([term]) => term),
  );
}

export function relatedScore(target: RelatedCandidate, candidate: RelatedCandidate, now: Date): number {
  const w = relatedWeights;
  const targetTags = new Set(target.tagIds);
  const sharedTags = candidate.tagIds.filter((id) => targetTags.has(id)).length;
  const sameCategory = target.categoryId !== null && target.categoryId === candidate.categoryId;
  const title = jaccard(new Set(target.titleTerms), new Set(candidate.titleTerms));
  const body = jaccard(salientTerms(target.bodyTerms), salientTerms(candidate.bodyTerms));
  const ageDays = Math.max(0, (now.getTime() - candidate.publishAt.getTime()) / day);
  const recency = Math.pow(0.5, ageDays / w.recencyHalfLifeDays);
  return (
    w.tag * Math.min(sharedTags, w.maxCountedTags) + (sameCategory ? w.category : 0) + w.title * title + w.body * body + w.recency * recency
  );
}

/**
 * The best `relatedCount.max` candidates, best first; never the target itself. Candidates must
 * already be public and in the target's language: that is the query's job, not the score's.
 */
export function rankRelated(target: RelatedCandidate, candidates: readonly RelatedCandidate[], now: Date, limit: number = relatedCount.max): number[] {
  const seen = new Set<number>([target.id]);
  return candidates
    .filter((candidate) => !seen.has(candidate.id) && seen.add(candidate.id))
    .map((candidate) => ({ id: candidate.id, score: relatedScore(target, candidate, now), at: candidate.publishAt.getTime() }))
    .sort((a, b) => b.score - a.score || b.at - a.at || b.id - a.id)
    .slice(0, limit)
    .map((ranked) => ranked.id);
}
