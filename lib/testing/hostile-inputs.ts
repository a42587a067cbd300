/**
 * What an attacker (or a bad paste) sends into every field a user controls. The unit tests run
 * each case through every schema and normalizer the field's value passes (lib/hostile-inputs.test.ts)
 * and render what may be stored through the real renderers; the browser test stores a sample and
 * opens every screen that shows it (e2e/hostile-pages.spec.ts). Payloads that would run set
 * `window.__bayanPwned`, so a page can be asked whether any of them did.
 *
 * What each field does with them, decided as a newsroom would:
 * - Labels (title, person's name, tag, dateline city, source, credit, category name): bidi
 *   controls, control characters and broken UTF-16 are refused with a message (lib/validations/text.ts).
 *   A headline is quoted by other media and shown in lists beside other people's text: an
 *   override in it could reverse what the organization said, so it never gets in; isolation on
 *   display (components/isolated.tsx) stays as the second lock for rows stored earlier.
 * - Slugs: bidi controls refused (someone put them there); everything else becomes a hyphen.
 * - E-mail addresses: only plain ASCII addresses are accepted, so a Cyrillic "а", a full-width
 *   letter, a zero-width space or a bidi control in an address is refused: two accounts must never
 *   look alike.
 * - Running text (summary, body, comment, alt text, caption): stored as typed, since a quotation
 *   may need direction marks, and rendered as text inside its own block (a bidi override ends at
 *   the block's end). Markup in it is text: escaped by React, the body renderer, the feed and the
 *   JSON-LD writer.
 * - Body JSON: unknown nodes and marks, links that are not http(s)/mailto/site paths, images not
 *   from the library, nesting past 24 levels and text past 200,000 characters are refused.
 * - Addresses (link field, callbackUrl): anything but an http(s)/mailto address or a path of this
 *   site is refused; callbackUrl falls back to the default page.
 * - Search queries and URL parameters: never refused (a reader gets results or none), every word
 *   quoted for FTS5, page numbers and filters that do not parse ignored.
 * - Upload file names: never read or stored; an image is named by its content's hash.
 */

export const pwnedFlag = '__bayanPwned';
const run = `window.${pwnedFlag}=1`;

export type HostileClass =
  | 'script'
  | 'url'
  | 'svg-mathml'
  | 'entity'
  | 'oversized'
  | 'invalid-utf'
  | 'null-byte'
  | 'bidi'
  | 'homoglyph'
  | 'fts5'
  | 'traversal'
  | 'sql';

export interface HostileText {
  name: string;
  kind: HostileClass;
  text: string;
}

const cases = (kind: HostileClass, entries: Record<string, string>): HostileText[] => Object.entries(entries).map(([name, text]) => ({ name, kind, text }));

export const hostileTexts: readonly HostileText[] = [
  ...cases('script', {
    'script element': `<script>${run}</script>`,
    'image error handler': `<img src=x onerror="${run}">`,
    'svg load handler': `<svg onload="${run}">`,
    'attribute breakout': `"><script>${run}</script>`,
    'single-quote breakout': `'-${run}-'`,
    'iframe srcdoc': `<iframe srcdoc="<script>parent.${pwnedFlag}=1</script>"></iframe>`,
    'details toggle handler': `<details open ontoggle="${run}">`,
    'textarea breakout': `</textarea><script>${run}</script>`,
    'nested script tag': `<scr<script>ipt>${run}</script>`,
    'template expression': `{{constructor.constructor('${run}')()}}`,
    'style import': `<style>@import 'javascript:${run}'</style>`,
    'link with handler': `<a href="#" onclick="${run}">press</a>`,
  }),
  ...cases('url', {
    'javascript scheme': `javascript:${run}`,
    'mixed-case scheme': `JaVaScRiPt:${run}`,
    'leading space': ` javascript:${run}`,
    'tab inside scheme': `java\tscript:${run}`,
    'newline inside scheme': `java\nscript:${run}`,
    'leading control character': `\u0001javascript:${run}`,
    'named entity colon': `javascript&colon;${run}`,
    'decimal entity': `&#106;avascript:${run}`,
    'hex entity': `&#x6A;avascript:${run}`,
    'percent-encoded letter': `%6Aavascript:${run}`,
    'javascript comment newline': `javascript://%0A${run}`,
    'data html': `data:text/html,<script>${run}</script>`,
    'data base64': 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19iYXlhblB3bmVkPTE8L3NjcmlwdD4=',
    'vbscript scheme': 'vbscript:msgbox(1)',
    'vbscript mixed case': 'VBScript:msgbox(1)',
    'protocol-relative host': '//evil.example/x',
    'backslash host': '/\\evil.example',
    'credentials disguise': 'https://bank.example@evil.example/',
  }),
  ...cases('svg-mathml', {
    'script inside svg': `<svg><script>${run}</script></svg>`,
    'svg link': `<svg><a xlink:href="javascript:${run}"><text>x</text></a></svg>`,
    'mathml namespace confusion': `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
    'mathml href': `<math href="javascript:${run}">x</math>`,
    'svg animate handler': `<svg><animate onbegin="${run}" attributeName="x" dur="1s">`,
  }),
  ...cases('entity', {
    'escaped script': `&lt;script&gt;${run}&lt;/script&gt;`,
    'numeric angle brackets': `&#60;img src=x onerror=${run}&#62;`,
    'double escaped': '&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;',
    'invisible named entities': 'a&NoBreak;b&ZeroWidthSpace;c',
  }),
  ...cases('oversized', {
    '301 characters': 'x'.repeat(301),
    '1,001 Arabic letters': 'ب'.repeat(1001),
    '5,001 characters': 'ن'.repeat(5001),
    '100,000 characters': 'y'.repeat(100_000),
  }),
  ...cases('invalid-utf', {
    'lone high surrogate': 'a\uD800b',
    'lone low surrogate': 'a\uDFFFb',
    'noncharacters': 'a\uFFFE\uFFFFb',
    'invalid UTF-8 read as Latin-1': Buffer.from([0x63, 0x61, 0x66, 0xc3, 0x28]).toString('latin1'),
    'replacement characters of invalid UTF-8': Buffer.from([0x63, 0xc3, 0x28, 0xa0, 0xa1]).toString('utf8'),
  }),
  ...cases('null-byte', {
    'null inside': 'abc\u0000def',
    'null alone': '\u0000',
    'null before markup': `title\u0000<script>${run}</script>`,
    'escape and bell': 'a\u001B[31mred\u0007',
  }),
  ...cases('bidi', {
    'RTL override (Trojan Source)': 'Budget\u202E2026 fdp.exe',
    'LTR embedding': '\u202Aembedded',
    'RTL embedding': '\u202Bمضمن',
    'pop directional formatting': 'pop\u202C',
    'LTR override': '\u202Doverride',
    'LTR isolate': '\u2066isolate',
    'RTL isolate': '\u2067عزل',
    'first-strong isolate': '\u2068isolate',
    'pop directional isolate': 'close\u2069',
  }),
  ...cases('homoglyph', {
    'Cyrillic a in the name': '\u0430dmin@example.org',
    'Cyrillic a in the domain': 'admin@ex\u0430mple.org',
    'full-width letter': '\uFF41dmin@example.org',
    'zero-width space': 'admin\u200B@example.org',
    'override inside an address': 'admin@example.org\u202E',
  }),
  ...cases('fts5', {
    'unbalanced quote': '"unbalanced',
    'near operator': 'NEAR(budget summit, 2)',
    'column filter': 'title:secret OR *',
    'bare operators': 'AND OR NOT',
    'caret and star': '^start*',
    'open parentheses': '((((',
    'plus and minus': '-term +term',
  }),
  ...cases('traversal', {
    'dot-dot slash': '../../etc/passwd',
    'encoded dot-dot slash': '..%2f..%2fetc%2fpasswd',
    'backslashes': '..\\..\\windows\\win.ini',
    'encoded dots': '%2e%2e/%2e%2e/',
    'null before extension': '/etc/passwd\u0000.jpg',
  }),
  ...cases('sql', {
    'always true': "' OR '1'='1",
    'drop table': "'; DROP TABLE articles; --",
    'union select': '1 UNION SELECT password_hash FROM users',
    'comment out': "admin'--",
  }),
];

type Json = { type: string; [key: string]: unknown };
const paragraph = (text: string, marks?: Json[]): Json => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });
const doc = (...content: Json[]): Json => ({ type: 'doc', content });
const nested = (depth: number): Json => {
  let node: Json = paragraph('deep');
  for (let level = 0; level < depth; level += 1) node = { type: 'blockquote', content: [node] };
  return doc(node);
};

export interface HostileBody {
  name: string;
  body: unknown;
  /** Refused (with the problem validateBody names), or stored: then it must render inert. */
  expected: 'too_deep' | 'too_long' | 'schema' | 'link' | 'image' | 'not_a_document' | 'stored';
}

/** Editor documents a forged save may carry (the editor itself produces none of them). */
export const hostileBodies: readonly HostileBody[] = [
  { name: 'script node', body: doc({ type: 'script', content: [{ type: 'text', text: run }] }), expected: 'schema' },
  { name: 'iframe node', body: doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }), expected: 'schema' },
  { name: 'unknown mark', body: doc(paragraph('x', [{ type: 'highlight', attrs: { onclick: run } }])), expected: 'schema' },
  { name: 'heading level 1', body: doc({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }), expected: 'schema' },
  { name: 'text directly in the document', body: doc({ type: 'text', text: 'bare' }), expected: 'schema' },
  { name: 'javascript link', body: doc(paragraph('press', [{ type: 'link', attrs: { href: `javascript:${run}` } }])), expected: 'link' },
  { name: 'data link', body: doc(paragraph('press', [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } }])), expected: 'link' },
  { name: 'vbscript link', body: doc(paragraph('press', [{ type: 'link', attrs: { href: 'vbscript:msgbox(1)' } }])), expected: 'link' },
  { name: 'tab-split javascript link', body: doc(paragraph('press', [{ type: 'link', attrs: { href: `java\tscript:${run}` } }])), expected: 'link' },
  { name: 'image from another site', body: doc({ type: 'image', attrs: { src: 'https://evil.example/pixel.gif', alt: '' } }), expected: 'image' },
  { name: '100,000 levels of quotations', body: nested(100_000), expected: 'too_deep' },
  { name: '200,001 characters of text', body: doc(paragraph('x'.repeat(200_001))), expected: 'too_long' },
  { name: 'a string instead of a document', body: `<p onclick="${run}">x</p>`, expected: 'not_a_document' },
  { name: 'markup as text', body: doc(paragraph(`<script>${run}</script><img src=x onerror="${run}">`)), expected: 'stored' },
  { name: 'handler attributes on a paragraph', body: doc({ type: 'paragraph', attrs: { onclick: run, style: 'background:url(javascript:x)', class: 'x' }, content: [{ type: 'text', text: 'x' }] }), expected: 'stored' },
  { name: 'handler attributes on a mark', body: doc(paragraph('bold', [{ type: 'bold', attrs: { onmouseover: run } }])), expected: 'stored' },
  { name: 'link with extra attributes', body: doc(paragraph('site', [{ type: 'link', attrs: { href: 'https://example.org', onclick: run, target: '_top' } }])), expected: 'stored' },
  { name: 'override inside a paragraph', body: doc(paragraph('قال\u202E الوزير'), paragraph('next')), expected: 'stored' },
  // Depth counts every node, the document and the text included: 21 quotations are 24 levels.
  { name: '21 quotations in each other, the deepest allowed', body: nested(21), expected: 'stored' },
  { name: '22 quotations in each other', body: nested(22), expected: 'too_deep' },
];
