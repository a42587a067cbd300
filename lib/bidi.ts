/**
 * Bidi embedding, override, isolate and mark characters. All are invisible; embeddings and
 * overrides left open reverse the words that follow them, and marks make two different strings
 * look the same. Titles and people's names are refused when they carry any of them.
 */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const isolateControls = /[\u2066-\u2069]/g;

export function containsBidiControls(text: string): boolean {
  return bidiControls.test(text);
}

/**
 * User-supplied text for places that cannot hold a <bdi> (an <option> label, an attribute, the
 * page <title>): wrapped in FSI … PDI, so it takes its own direction and an embedding or override
 * left open inside it ends at the PDI. Isolate controls inside are dropped: a stray PDI would
 * close the wrapper early and let what follows it leak out (names stored before names were
 * checked may carry one).
 */
export function isolateText(text: string): string {
  return `\u2068${text.replace(isolateControls, '')}\u2069`;
}

/** The text without bidi controls: for text from elsewhere (an import) held to the rule above. */
export function stripBidiControls(text: string): string {
  return text.replace(new RegExp(bidiControls.source, 'g'), '');
}
