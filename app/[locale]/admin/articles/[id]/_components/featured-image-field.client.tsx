'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { MediaPicker, type PickedImage } from '@/components/media/media-picker.client';
import { directionOf } from '@/i18n/config';
import type { EditorPickerProps, FeaturedPreview } from './editor-types';

/**
 * Pick, change or remove the article's featured image. The preview follows the chosen id, so a
 * backup restored into the form shows its own image too (looked up in the library list).
 */
export function FeaturedImageField(props: {
  fieldId: number | null;
  initial: FeaturedPreview | null;
  picker: EditorPickerProps | null;
  language: string;
  languageName: string;
  onChange: (id: number | null) => void;
}) {
  const t = useTranslations('ArticleEditor');
  const [picked, setPicked] = useState<FeaturedPreview | null>(props.initial);
  const { fieldId, picker } = props;
  const fromLibrary = picker?.images.find((image) => image.id === fieldId);
  const preview: FeaturedPreview | null =
    fieldId === null ? null : picked?.id === fieldId ? picked : fromLibrary ? { id: fieldId, src: fromLibrary.thumbnail, alt: fromLibrary.alt[props.language]?.trim() ?? '' } : { id: fieldId, src: '', alt: '' };

  function choose(image: PickedImage) {
    // The small variant when the library list has it; an image uploaded inside the picker only comes with its large one.
    const thumbnail = picker?.images.find((candidate) => candidate.id === image.id)?.thumbnail ?? image.src;
    setPicked({ id: image.id, src: thumbnail, alt: image.alt });
    props.onChange(image.id);
  }

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-bold">{t('featuredImage')}</legend>
      {preview ? (
        <figure className="flex flex-wrap items-start gap-3">
          {preview.src ? (
            // eslint-disable-next-line @next/next/no-img-element -- a stored WebP variant of the library
            <img src={preview.src} alt={preview.alt} className="aspect-[3/2] w-40 rounded object-cover" />
          ) : null}
          <figcaption className="flex flex-col gap-1 text-sm">
            {preview.alt ? (
              <>
                <span className="font-bold">{t('featuredAlt')}</span>
                <span lang={props.language} dir={directionOf(props.language)} data-testid="featured-alt">
                  {preview.alt}
                </span>
              </>
            ) : (
              <span className="text-amber-900">{t('featuredNoAlt', { language: props.languageName })}</span>
            )}
          </figcaption>
        </figure>
      ) : (
        <p className="text-sm text-muted">{t('featuredNone')}</p>
      )}
      {picker ? (
        <div className="flex flex-wrap gap-2">
          <MediaPicker {...picker} triggerLabel={preview ? t('featuredChange') : t('featuredChoose')} onSelect={choose} />
          {preview ? (
            <button type="button" onClick={() => props.onChange(null)} className="rounded border border-gray-400 px-3 py-1">
              {t('featuredRemove')}
            </button>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
