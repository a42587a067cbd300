import { mediaFileUrl, type StoredImage, variantFile, type VariantFormat } from './files';

/** A library image as a public page shows it, with its texts in the page's language. */
export interface PublicImage extends StoredImage {
  alt: string;
  caption: string;
  credit: string;
}

/** An article's images as one page shows them: every image by library id, and the lead one. */
export interface ArticleImages {
  images: ReadonlyMap<number, PublicImage>;
  featured: PublicImage | undefined;
}

export interface ImageSource {
  type: string;
  srcSet: string;
}

/** Everything an `<img>` (inside a `<picture>`) needs to load the right file without layout shift. */
export interface ResponsiveImageAttributes {
  src: string;
  srcSet: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
  /** Preferred formats first: the browser takes the first `<source>` whose type it supports. */
  sources: ImageSource[];
  loading: 'eager' | 'lazy';
  fetchPriority: 'high' | 'auto';
  decoding: 'async';
}

/** Article column width on a phone, then the column's fixed maximum (max-w-3xl = 48rem). */
export const articleImageSizes = '(max-width: 48rem) 100vw, 48rem';

function srcSetOf(image: PublicImage, format: VariantFormat): string {
  return image.variantWidths.map((width) => `${mediaFileUrl(image.contentHash, variantFile(width, format))} ${width}w`).join(', ');
}

/**
 * The lead image loads eagerly with high priority (it is the page's largest paint); every other
 * image loads lazily. Width and height are the intrinsic ones, so the box is reserved before loading.
 */
export function responsiveImageAttributes(image: PublicImage, { priority = false, sizes = articleImageSizes } = {}): ResponsiveImageAttributes {
  const largest = Math.max(...image.variantWidths);
  return {
    src: mediaFileUrl(image.contentHash, variantFile(largest, 'webp')),
    srcSet: srcSetOf(image, 'webp'),
    sizes,
    width: image.width,
    height: image.height,
    alt: image.alt,
    sources: [{ type: 'image/avif', srcSet: srcSetOf(image, 'avif') }],
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : 'auto',
    decoding: 'async',
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The same figure as the `ResponsiveImage` component, as an HTML string: for images inside an
 * article body, which is rendered to HTML by the editor's static renderer.
 */
export function responsiveFigureHtml(image: PublicImage, creditText: (credit: string) => string): string {
  const a = responsiveImageAttributes(image);
  const sources = a.sources.map((source) => `<source type="${source.type}" srcset="${escapeHtml(source.srcSet)}" sizes="${escapeHtml(a.sizes)}">`).join('');
  const style = image.placeholder ? ` style="background-color:${escapeHtml(image.placeholder)}"` : '';
  const img = `<img src="${escapeHtml(a.src)}" srcset="${escapeHtml(a.srcSet)}" sizes="${escapeHtml(a.sizes)}" width="${a.width}" height="${a.height}" alt="${escapeHtml(a.alt)}" loading="${a.loading}" decoding="${a.decoding}"${style}>`;
  const caption = image.caption.trim() ? `<span>${escapeHtml(image.caption)}</span>` : '';
  const credit = image.credit.trim() ? `<small class="media-credit">${escapeHtml(creditText(image.credit))}</small>` : '';
  const figcaption = caption || credit ? `<figcaption>${caption}${credit}</figcaption>` : '';
  return `<figure class="media-figure"><picture>${sources}${img}</picture>${figcaption}</figure>`;
}
