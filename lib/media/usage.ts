import type { JSONContent } from '@tiptap/core';
import { isMediaFileUrl } from './files';

/** An image node of an article body, as the editor stores it. */
export interface BodyImage {
  /** The library item it shows; null for an image that is not from the library. */
  mediaId: number | null;
  src: string;
  alt: string;
}

function mediaIdOf(value: unknown): number | null {
  const id = typeof value === 'string' ? Number(value) : value;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * An image a body may carry: a library item, shown from this site's /media/ files. Anything else
 * (a pasted image from another site, a tracking pixel) would be fetched from elsewhere by every
 * screen that shows the draft.
 */
export function isLibraryImage(attrs: Record<string, unknown> | undefined): boolean {
  return mediaIdOf(attrs?.mediaId) !== null && typeof attrs?.src === 'string' && isMediaFileUrl(attrs.src);
}

/**
 * The body without images from outside the library, and how many were left out. Containers left
 * empty by it go too (the document keeps one empty paragraph), so the result still fits the schema.
 */
export function withoutOutsideImages(body: JSONContent): { body: JSONContent; removed: number } {
  let removed = 0;
  const clean = (node: JSONContent): JSONContent | null => {
    if (node.type === 'image' && !isLibraryImage(node.attrs)) {
      removed += 1;
      return null;
    }
    if (!node.content) return node;
    const content = node.content.map(clean).filter((child): child is JSONContent => child !== null);
    if (content.length === 0 && node.content.length > 0) return node.type === 'doc' ? { ...node, content: [{ type: 'paragraph' }] } : null;
    return { ...node, content };
  };
  const cleaned = clean(body) ?? { type: 'doc', content: [{ type: 'paragraph' }] };
  return { body: cleaned, removed };
}

/** Every image node of a body, in reading order. */
export function bodyImages(body: unknown): BodyImage[] {
  const images: BodyImage[] = [];
  const walk = (node: JSONContent) => {
    if (node.type === 'image') {
      const attrs = node.attrs ?? {};
      images.push({
        mediaId: mediaIdOf(attrs.mediaId),
        src: typeof attrs.src === 'string' ? attrs.src : '',
        alt: typeof attrs.alt === 'string' ? attrs.alt : '',
      });
    }
    for (const child of node.content ?? []) walk(child);
  };
  if (typeof body === 'object' && body !== null) walk(body as JSONContent);
  return images;
}

/** The library items an article uses: its featured image and the images of its body, once each. */
export function mediaIdsOfArticle(body: unknown, featuredMediaId: number | null | undefined): number[] {
  const ids = new Set<number>();
  if (featuredMediaId) ids.add(featuredMediaId);
  for (const image of bodyImages(body)) if (image.mediaId) ids.add(image.mediaId);
  return [...ids];
}

/** What the alt check needs of a library item. */
export interface MediaAltFacts {
  id: number;
  /** Alt text by language; a missing or blank entry means "not written yet". */
  alt: Readonly<Record<string, string | undefined>>;
  /** The library's credit line: how writers tell photos apart when no alt text is written yet. */
  credit: string;
}

export interface MissingAlt {
  /** Null for a body image that does not come from the library. */
  mediaId: number | null;
  featured: boolean;
  /**
   * How to name the image to the writer: its alt text in another language if any, else its
   * library credit, else its number in the library. Null for an image from outside the library,
   * which the message names in words: its address would be meaningless, or a trap, to read.
   */
  name: string | null;
}

function nameOf(facts: MediaAltFacts | undefined, mediaId: number): string {
  const other = facts ? Object.values(facts.alt).find((text) => text && text.trim() !== '') : undefined;
  return other?.trim() || facts?.credit.trim() || `#${mediaId}`;
}

/**
 * The images of an article that lack alt text in the article's language: the publish action
 * refuses while this list is not empty, and shows it. An item missing from `mediaById` (deleted)
 * counts as missing too, so a broken reference cannot be published either.
 */
export function missingAltTexts(
  body: unknown,
  featuredMediaId: number | null | undefined,
  locale: string,
  mediaById: ReadonlyMap<number, MediaAltFacts>,
): MissingAlt[] {
  const missing: MissingAlt[] = [];
  const seen = new Set<number>();
  const check = (mediaId: number, featured: boolean) => {
    if (seen.has(mediaId)) return;
    seen.add(mediaId);
    const facts = mediaById.get(mediaId);
    if (!facts?.alt[locale]?.trim()) missing.push({ mediaId, featured, name: nameOf(facts, mediaId) });
  };
  if (featuredMediaId) check(featuredMediaId, true);
  for (const image of bodyImages(body)) {
    if (image.mediaId) check(image.mediaId, false);
    else if (image.alt.trim() === '') missing.push({ mediaId: null, featured: false, name: null });
  }
  return missing;
}
