import { type AcceptedFormat, extensionOf, mimeTypeOf } from './detect';

/** Responsive variants are served in both: AVIF where the browser takes it, WebP otherwise. */
export const variantFormats = ['avif', 'webp'] as const;
export type VariantFormat = (typeof variantFormats)[number];

const hashPattern = /^[0-9a-f]{64}$/;
const namePattern = /^(?:original\.(?:jpg|png|webp|avif)|[1-9][0-9]{0,4}\.(?:webp|avif))$/;

/** An image file as the library stores it: its size, the widths of its variants and its paint-first colour. */
export interface StoredImage {
  id: number;
  contentHash: string;
  width: number;
  height: number;
  variantWidths: number[];
  /** `#rrggbb` painted behind the image until it loads. */
  placeholder: string | null;
}

export const originalFile = (format: AcceptedFormat) => `original.${extensionOf[format]}`;
export const variantFile = (width: number, format: VariantFormat) => `${width}.${format}`;

export function isContentHash(value: string): boolean {
  return hashPattern.test(value);
}

/**
 * File names are built by Bayan from a content hash and a width, never taken from a request:
 * anything else (`..`, slashes, encoded separators, other extensions) is not a media file.
 */
export function isMediaFileName(value: string): boolean {
  return namePattern.test(value);
}

const mimeByExtension: Record<string, string> = {
  jpg: mimeTypeOf.jpeg,
  png: mimeTypeOf.png,
  webp: mimeTypeOf.webp,
  avif: mimeTypeOf.avif,
};

/** The content type of a stored file, from the name Bayan gave it. */
export function mimeTypeOfFile(name: string): string | null {
  if (!isMediaFileName(name)) return null;
  return mimeByExtension[name.slice(name.lastIndexOf('.') + 1)] ?? null;
}

/** Whether an address is one `mediaFileUrl` builds: a stored file of this site, never another site's. */
export function isMediaFileUrl(value: string): boolean {
  const [, hash, name] = /^\/media\/([^/]+)\/([^/]+)$/.exec(value) ?? [];
  return hash !== undefined && name !== undefined && isContentHash(hash) && isMediaFileName(name);
}

/** Public URL of a stored file; its content never changes, so it is cached forever. */
export function mediaFileUrl(contentHash: string, name: string): string {
  return `/media/${contentHash}/${name}`;
}
