'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionError, defineAction } from '@/app/_server/safe-action';
import { deleteMedia, getMedia, setUploadLimit, updateMediaDetails } from '@/db/queries/media';
import { localeSettings } from '@/i18n/config';
import { mediaStorage } from '@/lib/media/default-storage';
import { type Actor, can, canEditMedia } from '@/lib/permissions';
import { mediaDetailsSchema, mediaIdSchema, uploadLimitSchema } from '@/lib/validations/media';

const loadMedia = ({ id }: { id: number }, viewer: Actor) => getMedia({ viewer, id });

const canEdit = (actor: Actor, item: { uploadedBy: { id: number } | null } | null) => canEditMedia(actor, item && { uploadedById: item.uploadedBy?.id ?? null });

/** Public article pages show alt text, caption and credit: refresh them with the library. */
function refreshPages() {
  revalidatePath('/[locale]/admin/media', 'layout');
  revalidatePath('/[locale]/news/[slug]', 'page');
}

export const saveMediaDetailsAction = defineAction({
  schema: mediaDetailsSchema,
  load: loadMedia,
  authorize: canEdit,
  run: async ({ actor, input }) => {
    updateMediaDetails({ actor, id: input.id, credit: input.credit, texts: input.texts });
    const t = await getTranslations('Media.details');
    return { message: t('saved') };
  },
  after: refreshPages,
});

export const removeMediaAction = defineAction({
  schema: mediaIdSchema,
  load: loadMedia,
  authorize: canEdit,
  run: async ({ actor, input }) => {
    const t = await getTranslations('Media.details');
    const result = deleteMedia({ actor, id: input.id });
    if (!result.deleted) {
      const { visible, hidden } = result.usedIn;
      if (visible.length === 0 && hidden === 0) throw new ActionError('not_found');
      const list = new Intl.ListFormat(localeSettings[await getLocale()].intlLocale, { type: 'conjunction' });
      const articles = list.format([
        ...visible.map((article) => `«${article.title}» (${localeSettings[article.locale as keyof typeof localeSettings]?.nativeName ?? article.locale})`),
        ...(hidden > 0 ? [t('otherArticles', { count: hidden })] : []),
      ]);
      return { deleted: false as const, message: t('inUse', { articles }) };
    }
    // Files go once the row is gone: a failure here leaves orphan files, never a broken image.
    await mediaStorage.remove(result.contentHash);
    return { deleted: true as const, message: t('deleted') };
  },
  after: refreshPages,
});

export const saveUploadLimitAction = defineAction({
  schema: uploadLimitSchema,
  authorize: (actor) => can(actor, 'media.settings'),
  run: async ({ actor, input }) => {
    setUploadLimit({ actor, megabytes: input.megabytes });
    const t = await getTranslations('Media.limit');
    return { message: t('saved', { max: input.megabytes }) };
  },
  after: () => revalidatePath('/[locale]/admin/media', 'layout'),
});
