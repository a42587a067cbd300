import { mediaFileUrl, type StoredImage, variantFile } from './files';

/** A library image as the admin screens and the picker show it (plain data, safe for the client). */
export interface LibraryImage {
  id: number;
  /** The smallest WebP variant: for grids and the picker. */
  thumbnail: string;
  /** The largest WebP variant: what the editor shows and stores as the node's `src`. */
  src: string;
  width: number;
  height: number;
  placeholder: string | null;
  credit: string;
  /** Alt text and caption by language. */
  alt: Partial<Record<string, string>>;
  caption: Partial<Record<string, string>>;
}

export function toLibraryImage(item: StoredImage & { credit: string; texts: Partial<Record<string, { alt: string; caption: string }>> }): LibraryImage {
  const widths = [...item.variantWidths].sort((a, b) => a - b);
  const texts = Object.entries(item.texts);
  return {
    id: item.id,
    thumbnail: mediaFileUrl(item.contentHash, variantFile(widths[0] ?? item.width, 'webp')),
    src: mediaFileUrl(item.contentHash, variantFile(widths[widths.length - 1] ?? item.width, 'webp')),
    width: item.width,
    height: item.height,
    placeholder: item.placeholder,
    credit: item.credit,
    alt: Object.fromEntries(texts.map(([locale, text]) => [locale, text?.alt ?? ''])),
    caption: Object.fromEntries(texts.map(([locale, text]) => [locale, text?.caption ?? ''])),
  };
}

/** Search of the picker: every word must appear in an alt text, a caption or the credit. */
export function matchesLibraryQuery(image: LibraryImage, query: string): boolean {
  const haystack = [...Object.values(image.alt), ...Object.values(image.caption), image.credit].join(' ').toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
