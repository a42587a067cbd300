/** The image formats Bayan accepts: raster only, and each one a browser can show. */
export const acceptedFormats = ['jpeg', 'png', 'webp', 'avif'] as const;
export type AcceptedFormat = (typeof acceptedFormats)[number];

export const mimeTypeOf: Record<AcceptedFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

export function formatOfMimeType(mimeType: string): AcceptedFormat | null {
  return acceptedFormats.find((format) => mimeTypeOf[format] === mimeType) ?? null;
}

export const extensionOf: Record<AcceptedFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };

export type DetectedType =
  | { kind: 'accepted'; format: AcceptedFormat }
  /** A file we recognise and refuse: scriptable (SVG, HTML, PDF) or not supported for publishing. */
  | { kind: 'unsupported'; label: string }
  | { kind: 'unknown' };

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

/** ISO-BMFF brands of the `ftyp` box (HEIF family): the major brand and the compatible ones. */
function isoBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return [];
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize, bytes.length, 4096);
  const brands = [ascii(bytes, 8, 4)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(bytes, offset, 4));
  return brands;
}

/** Text that a browser could interpret as markup (SVG, HTML, XML): it may carry scripts. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<');
}

/**
 * What a file is, from its first bytes: the name and the declared type are the uploader's claims
 * and are never consulted. Decoding (sharp) later confirms the claim these bytes make.
 */
export function detectImageType(bytes: Uint8Array): DetectedType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'accepted', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'accepted', format: 'png' };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { kind: 'accepted', format: 'webp' };
  const brands = isoBrands(bytes);
  if (brands.includes('avif') || brands.includes('avis')) return { kind: 'accepted', format: 'avif' };
  if (brands.some((brand) => ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand))) return { kind: 'unsupported', label: 'HEIC' };
  if (ascii(bytes, 0, 4) === 'GIF8') return { kind: 'unsupported', label: 'GIF' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: 'unsupported', label: 'TIFF' };
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 14) return { kind: 'unsupported', label: 'BMP' };
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return { kind: 'unsupported', label: 'ICO' };
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'unsupported', label: 'PDF' };
  if (looksLikeMarkup(bytes)) return { kind: 'unsupported', label: 'SVG/HTML' };
  return { kind: 'unknown' };
}
