export interface FeaturedImageProps {
  src: string;
  srcSet?: string;
  width: number;
  height: number;
  alt: string;
  caption?: string;
  credit?: string;
  creditLabel?: (credit: string) => string;
}

/**
 * The article's lead image. Width and height reserve its box before it loads (no layout shift);
 * it is the page's largest element, so it loads eagerly with high priority.
 */
export function FeaturedImage({ src, srcSet, width, height, alt, caption, credit, creditLabel = (c) => c }: FeaturedImageProps) {
  return (
    <figure className="my-6">
      {/* eslint-disable-next-line @next/next/no-img-element -- variants are prepared at upload; next/image would re-encode them per request */}
      <img
        src={src}
        srcSet={srcSet}
        sizes="(min-width: 48rem) 48rem, 100vw"
        width={width}
        height={height}
        alt={alt}
        fetchPriority="high"
        decoding="async"
        className="h-auto w-full rounded bg-brand-50"
      />
      {caption || credit ? (
        <figcaption className="mt-2 text-sm text-muted">
          {caption}
          {caption && credit ? ' — ' : null}
          {credit ? <span>{creditLabel(credit)}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
