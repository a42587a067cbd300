import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { type PublicImage, responsiveImageAttributes } from '@/lib/media/public-image';

interface ResponsiveImageProps {
  image: PublicImage;
  /** The language of the surrounding content (the article's), for the credit line. */
  locale: Locale;
  /** The page's lead image: loaded eagerly with high priority instead of lazily. */
  priority?: boolean;
  /** The `sizes` attribute; defaults to the article column. */
  sizes?: string;
}

/**
 * A library image on a public page: AVIF then WebP at every stored width (the browser picks the
 * smallest that fills the slot), intrinsic width and height so nothing shifts while it loads,
 * the dominant colour behind it, and caption and credit in a figure. A plain `<picture>` rather
 * than next/image: the variants are pre-built by lib/media, and next/image would re-encode them.
 */
export async function ResponsiveImage({ image, locale, priority = false, sizes }: ResponsiveImageProps) {
  const t = await getTranslations({ locale, namespace: 'Media' });
  const attributes = responsiveImageAttributes(image, { priority, sizes });
  const hasCaption = image.caption.trim() !== '';
  const hasCredit = image.credit.trim() !== '';
  return (
    <figure className="media-figure">
      <picture>
        {attributes.sources.map((source) => (
          <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={attributes.sizes} />
        ))}
        <img
          src={attributes.src}
          srcSet={attributes.srcSet}
          sizes={attributes.sizes}
          width={attributes.width}
          height={attributes.height}
          alt={attributes.alt}
          loading={attributes.loading}
          fetchPriority={attributes.fetchPriority}
          decoding={attributes.decoding}
          style={image.placeholder ? { backgroundColor: image.placeholder } : undefined}
        />
      </picture>
      {hasCaption || hasCredit ? (
        <figcaption>
          {hasCaption ? <span>{image.caption}</span> : null}
          {hasCredit ? <small className="media-credit">{t('credit', { credit: image.credit })}</small> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
