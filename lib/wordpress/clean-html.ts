/**
 * A WordPress post's HTML, made plain before the editor's parser reads it: Gutenberg's block
 * comments and shortcodes go (counted by kind, for the import's report), and text written in
 * the classic editor gets the paragraphs WordPress would have given it on display (wpautop).
 */

export type Counts = Record<string, number>;

export const addCount = (counts: Counts, kind: string, by = 1) => {
  counts[kind] = (counts[kind] ?? 0) + by;
};

/** `<!-- wp:heading {"level":3} -->`, `<!-- /wp:heading -->`, `<!-- wp:latest-posts /-->`. */
const blockComment = /<!--\s*(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)(?:\s+(\{[\s\S]*?\}))?\s*(\/)?-->/g;

/**
 * Gutenberg's block comments out, content kept. Each block is counted once by its name (`core/`
 * dropped); a self-closing block (`<!-- wp:latest-posts /-->`) is rendered by PHP at display time
 * and holds nothing here, so it is counted apart as dropped.
 */
export function stripBlockComments(html: string): { html: string; blocks: Counts; droppedBlocks: Counts } {
  const blocks: Counts = {};
  const droppedBlocks: Counts = {};
  const stripped = html.replace(blockComment, (_match, closing: string | undefined, name: string, _attrs, selfClosing: string | undefined) => {
    if (closing) return '';
    const kind = name.replace(/^core\//, '');
    addCount(selfClosing ? droppedBlocks : blocks, kind);
    return '';
  });
  return { html: stripped, blocks, droppedBlocks };
}

/** Shortcodes whose content is a media reference, not text: dropped whole. */
const dropWhole = new Set(['embed', 'video', 'audio', 'playlist', 'gallery', 'wp_playlist']);
/** Core shortcodes, recognized even without attributes or a closing tag. */
const knownNames = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'video', 'audio', 'playlist']);

/**
 * `[name attr="…"]`, `[name]…[/name]`, `[name /]`; `[[name]]` is WordPress's way to write a
 * shortcode as text and stays as `[name]`. Bracketed words that are text (`[Reuters]`, `[1]`) are
 * kept: a name counts as a shortcode only with attributes, a closing tag, or as a core shortcode.
 */
const shortcode = /\[(\[?)([a-zA-Z][\w-]*)((?:\s[^\]]*?)?)(\/?)\](?:([\s\S]*?)\[\/\2\])?(\]?)/g;

export function stripShortcodes(html: string): { html: string; shortcodes: Counts } {
  const shortcodes: Counts = {};
  const strip = (text: string, depth: number): string =>
    text.replace(shortcode, (match, open: string, name: string, attrs: string, selfClosing: string, inner: string | undefined, close: string) => {
      if (open === '[' && close === ']') return match.slice(1, -1);
      const lower = name.toLowerCase();
      const isShortcode = knownNames.has(lower) || attrs.trim() !== '' || selfClosing === '/' || inner !== undefined;
      if (!isShortcode) return match;
      addCount(shortcodes, lower);
      const kept = inner === undefined || dropWhole.has(lower) ? '' : depth < 8 ? strip(inner, depth + 1) : inner;
      return `${open}${kept}${close}`;
    });
  return { html: strip(html, 0), shortcodes };
}

const startsWithBlock = /^<\/?(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|figcaption|table|thead|tbody|tr|td|th|pre|hr|section|article|iframe|form|dl|dd|dt|address)[\s>/]/i;

/**
 * Classic-editor posts are stored without `<p>`: WordPress adds paragraphs when it displays them
 * (wpautop). The same here: a blank line ends a paragraph and a single line break inside one is a
 * `<br>`, except in a chunk that starts with a block element (Gutenberg's `<p>`, a list…).
 */
/** A line break between two pieces of text (not next to a tag, where it is only layout). */
const lineBreakInText = /([^>\s])[ \t]*\n[ \t]*(?=[^<\s])/g;

export function autoParagraphs(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => (startsWithBlock.test(chunk) ? chunk : `<p>${chunk.replace(lineBreakInText, '$1<br>')}</p>`))
    .join('\n');
}

/**
 * The editor has headings of levels 2 and 3 (a release's title is the page's h1): a WordPress h1
 * becomes an h2 and h4–h6 an h3, counted by the level they had.
 */
export function fitHeadingLevels(html: string): { html: string; headings: Counts } {
  const headings: Counts = {};
  const fitted = html.replace(/<(\/?)h([1456])(?=[\s>])/gi, (_match, closing: string, level: string) => {
    if (!closing) addCount(headings, `h${level}`);
    return `<${closing}h${level === '1' ? 2 : 3}`;
  });
  return { html: fitted, headings };
}

/**
 * The editor has no tables: each row becomes a paragraph of its cells, separated by spaces, so a
 * table's text reads in order instead of running its cells together. Counted as `table`.
 */
export function flattenTables(html: string): { html: string; tables: number } {
  let tables = 0;
  const flat = html
    .replace(/<table[\s>][\s\S]*?<\/table>/gi, (table) => {
      tables += 1;
      return table
        .replace(/<tr[^>]*>/gi, '<p>')
        .replace(/<\/tr>/gi, '</p>')
        .replace(/<\/t[dh]>/gi, ' ')
        .replace(/<\/?(?:table|thead|tbody|tfoot|caption|colgroup|col|t[dh])(?:\s[^>]*)?>/gi, '');
    });
  return { html: flat, tables };
}
