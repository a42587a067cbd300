import { getSchema, type JSONContent } from '@tiptap/core';
import { DOMParser as EditorParser } from '@tiptap/pm/model';
import { parseHTML } from 'linkedom';
import { bodyExtensions } from '../editor/body-extensions';
import { isAllowedLink } from '../editor/link-address';
import { validateBody } from '../editor/validate-body';
import { addCount, autoParagraphs, type Counts, fitHeadingLevels, flattenTables, stripBlockComments, stripShortcodes } from './clean-html';

/**
 * A WordPress post's HTML → the editor's document, through the editor's own extensions
 * (lib/editor/body-extensions.ts): the parse rules of each node and mark decide what is kept, as
 * when a writer pastes HTML into the editor. This is what `generateJSON` of @tiptap/html does,
 * with its schema, parser and DOM built once instead of per call (that costs ~100 ms a post, far
 * too slow for an archive), and with linkedom as the server-side DOM (a few times faster than
 * happy-dom here).
 */
const schema = getSchema(bodyExtensions);
const parser = EditorParser.fromSchema(schema);

/** Elements the parser unwraps without loss: their text and children are kept. */
const held = new Set(['p', 'br', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'a', 'strong', 'b', 'em', 'i', 'img', 'div', 'span', 'figure', 'section', 'article', 'header', 'footer', 'main', 'aside', 'body']);

export interface BodyReport {
  /** Gutenberg blocks whose comments were removed (content kept), by block name. */
  blocks: Counts;
  /** Self-closing (dynamic) Gutenberg blocks: PHP draws them at display time, nothing to keep. */
  droppedBlocks: Counts;
  shortcodes: Counts;
  /** Headings of a level the editor has not (h1, h4–h6), moved to the nearest it has, by level. */
  headings: Counts;
  /** Elements the editor has no place for (tables, embeds, code…), by tag: their text is kept, the rest is not. */
  unsupported: Counts;
}

export interface ParsedBody {
  doc: JSONContent;
  /** Addresses of the body's images, in order, for the caller to bring into the library. */
  imageSources: string[];
  report: BodyReport;
}

export function parseWordPressHtml(html: string): ParsedBody {
  const { html: withoutBlocks, blocks, droppedBlocks } = stripBlockComments(html);
  const { html: plain, shortcodes } = stripShortcodes(withoutBlocks);
  const { html: fitted, headings } = fitHeadingLevels(plain);
  const { html: flat, tables } = flattenTables(fitted);
  const { document } = parseHTML(`<!doctype html><html><body>${autoParagraphs(flat)}</body></html>`);
  const unsupported: Counts = tables > 0 ? { table: tables } : {};
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (!held.has(tag)) addCount(unsupported, tag);
  }
  const doc = parser.parse(document.body as unknown as globalThis.Node).toJSON() as JSONContent;
  const imageSources: string[] = [];
  const collect = (node: JSONContent) => {
    if (node.type === 'image' && typeof node.attrs?.src === 'string') imageSources.push(node.attrs.src);
    node.content?.forEach(collect);
  };
  collect(doc);
  return { doc, imageSources, report: { blocks, droppedBlocks, shortcodes, headings, unsupported } };
}

/** A body image brought into the media library, or null when it could not be. */
export type PlacedImage = { mediaId: number; src: string } | null;

/** The name a reader sees for an image that stays where it was: its alt text, else its file name. */
function externalImageLabel(src: string, alt: string): string {
  if (alt.trim() !== '') return alt.trim();
  const name = src.split(/[?#]/)[0]?.split('/').pop() ?? '';
  try {
    return decodeURIComponent(name) || src;
  } catch {
    return name || src;
  }
}

/**
 * The body with its images placed: library images where `placed` has one; every other image
 * becomes a paragraph linking to where it was (bodies show library images only: an image from
 * another site would tell it who reads the release), counted as `external`. Then the server's own
 * check of a body (validateBody); null when the document does not pass it.
 */
export function placeImages(doc: JSONContent, placed: ReadonlyMap<string, PlacedImage>): { body: JSONContent; external: number } | null {
  let external = 0;
  const place = (node: JSONContent): JSONContent => {
    if (node.type === 'image') {
      const src = String(node.attrs?.src ?? '');
      const alt = String(node.attrs?.alt ?? '');
      const image = placed.get(src);
      if (image) return { type: 'image', attrs: { src: image.src, alt, mediaId: image.mediaId } };
      external += 1;
      const text = externalImageLabel(src, alt);
      // An address the link field would refuse (`javascript:`) keeps its label, without the link.
      const marks = isAllowedLink(src) ? [{ type: 'link', attrs: { href: src } }] : undefined;
      return { type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] };
    }
    if (!node.content) return node;
    // Empty paragraphs were spacing in WordPress's editor; the release's layout does its own.
    const content = node.content.map(place).filter((child) => child.type !== 'paragraph' || (child.content?.length ?? 0) > 0);
    return { ...node, content };
  };
  const inLibrary = new Set([...placed.values()].flatMap((image) => (image ? [image.mediaId] : [])));
  const result = validateBody(place(doc), { inLibrary: (id) => inLibrary.has(id) });
  return result.ok ? { body: result.body, external } : null;
}
