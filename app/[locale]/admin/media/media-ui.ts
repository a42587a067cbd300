import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { MediaPickerProps } from '@/components/media/media-picker.client';
import type { MediaUploaderStrings } from '@/components/media/media-uploader.client';
import { getMediaAltFacts, getUploadLimits, listMedia } from '@/db/queries/media';
import type { CurrentUser } from '@/db/queries/users';
import { type Locale, localeSettings } from '@/i18n/config';
import { isolateText } from '@/lib/bidi';
import { toLibraryImage } from '@/lib/media/library-image';
import { megabytesOf } from '@/lib/media/process';
import { mediaIdsOfArticle, missingAltTexts } from '@/lib/media/usage';

/** The uploader's strings in `locale`; templates stay raw so the client fills in names and percents. */
export async function uploaderStrings(locale: Locale): Promise<MediaUploaderStrings> {
  const t = await getTranslations({ locale, namespace: 'Media.upload' });
  const { maxBytes } = getUploadLimits();
  return {
    heading: t('heading'),
    dropzone: t('dropzone'),
    or: t('or'),
    choose: t('choose'),
    hint: t('hint', { max: megabytesOf(maxBytes) }),
    progress: t.raw('progress') as string,
    results: t('results'),
    waiting: t('waiting'),
    sending: t.raw('sending') as string,
    processing: t('processing'),
    network: t('network'),
    failed: t('failed'),
    describe: t('describe'),
    describeFile: t.raw('describeFile') as string,
  };
}

/**
 * Everything `MediaPicker` needs but its callback, for an editor page:
 * `<MediaPicker {...await mediaPickerProps({ viewer, uiLocale, contentLocale })} onSelect={…} />`
 * (the editor's client component receives these props from its server page and adds `onSelect`).
 */
export async function mediaPickerProps({ viewer, uiLocale, contentLocale }: { viewer: CurrentUser; uiLocale: Locale; contentLocale: Locale }): Promise<Omit<MediaPickerProps, 'onSelect' | 'triggerLabel'>> {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Media.picker' });
  return {
    images: listMedia({ viewer, limit: 300 }).map(toLibraryImage),
    contentLocale,
    uiLocale,
    libraryPath: `/${uiLocale}/admin/media`,
    uploaderStrings: await uploaderStrings(uiLocale),
    strings: {
      open: t('open'),
      title: t('title'),
      search: t('search'),
      close: t('close'),
      select: t('select'),
      needsAlt: t('needsAlt', { language: localeSettings[contentLocale].nativeName }),
      addAlt: t('addAlt'),
      empty: t('empty'),
    },
  };
}

/**
 * For the publish action: null when every image of the article (featured and in the body) has
 * alt text in the article's language, else the refusal in the interface language, naming them:
 * `const problem = await missingAltMessage({ body, featuredMediaId, articleLocale, uiLocale });`
 * `if (problem) throw …` (or return it as the action's failure message).
 */
export async function missingAltMessage({
  body,
  featuredMediaId,
  articleLocale,
  uiLocale,
}: {
  body: unknown;
  featuredMediaId: number | null;
  articleLocale: Locale;
  uiLocale: Locale;
}): Promise<string | null> {
  const facts = getMediaAltFacts({ ids: mediaIdsOfArticle(body, featuredMediaId) });
  const missing = missingAltTexts(body, featuredMediaId, articleLocale, facts);
  if (missing.length === 0) return null;
  const t = await getTranslations({ locale: uiLocale, namespace: 'Media' });
  const names = new Intl.ListFormat(localeSettings[uiLocale].intlLocale, { type: 'conjunction' }).format(missing.map((image) => (image.name === null ? t('outsideImage') : `«${isolateText(image.name)}»`)));
  return t('missingAlt', { language: localeSettings[articleLocale].nativeName, images: names });
}
