import { normalizedWords, wordTerms } from './search-text';

export interface HighlightPart {
  text: string;
  mark: boolean;
}

/**
 * Index terms by word as written, kept: a page of results goes through thousands of words, and
 * normalizing and stemming each again cost more than the search (10 ms a page at 100,000
 * releases). The newsroom's vocabulary is bounded; the map is emptied at `tokensLimit` words.
 */
const termsByToken = new Map<string, readonly string[]>();
const tokensLimit = 20_000;

/** The index terms of a text's word (its first word, should normalization split it). */
function termsOfToken(token: string): readonly string[] {
  let terms = termsByToken.get(token);
  if (!terms) {
    const [word] = normalizedWords(token);
    terms = word === undefined ? [] : wordTerms(word);
    if (termsByToken.size >= tokensLimit) termsByToken.clear();
    termsByToken.set(token, terms);
  }
  return terms;
}

/**
 * A short excerpt of `text` around the first words matching the query, with matching words
 * marked. Works on the original text (the index holds stems, which no reader should see) by
 * stemming each word the same way and comparing.
 */
export function highlightExcerpt(text: string, terms: string[][], maxLength = 220): HighlightPart[] {
  const wanted = new Set(terms.flat());
  const tokens = text.split(/([\p{L}\p{N}\p{M}]+)/u);
  const matches = (token: string) => termsOfToken(token).some((stem) => wanted.has(stem));
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
