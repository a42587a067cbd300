'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { ActionError, defineAction, formDataToObject, toFormState } from '@/app/_server/safe-action';
import type { FormState } from '@/components/action-form.client';
import { categoryExists, type CategoryWriteResult, createCategory, moveCategory, renameCategory } from '@/db/queries/categories';
import { isLocale, localeSettings, locales } from '@/i18n/config';
import { can } from '@/lib/permissions';
import { isolateText } from '@/lib/bidi';
import { slugify } from '@/lib/slug';
import { createCategorySchema, moveCategorySchema, renameCategorySchema } from '@/lib/validations/category';

// Category names appear on every public page (navigation, article pages): refresh them all.
const refreshEverything = () => revalidatePath('/', 'layout');

/** The slug as typed, or derived from the name; a name with nothing sluggable is refused. */
function slugFor(name: string, slug: string): string {
  const result = slug || slugify(name);
  if (!result) throw new ActionError('invalid', 'accounts.slugMissing', { name: isolateText(name) });
  return result;
}

function unwrap(result: CategoryWriteResult): number {
  if (!result.ok) {
    const language = isLocale(result.slugTakenIn) ? localeSettings[result.slugTakenIn].nativeName : result.slugTakenIn;
    throw new ActionError('conflict', 'accounts.slugTaken', { language });
  }
  return result.id;
}

const create = defineAction({
  schema: createCategorySchema,
  load: () => null,
  authorize: (actor) => can(actor, 'category.manage'),
  run: ({ actor, input }) =>
    unwrap(
      createCategory({
        actor,
        translations: locales.map((locale) => {
          const name = input[`name_${locale}`] ?? '';
          return { locale, name, slug: slugFor(name, input[`slug_${locale}`] ?? '') };
        }),
      }),
    ),
  after: refreshEverything,
});

const rename = defineAction({
  schema: renameCategorySchema,
  load: ({ categoryId }) => categoryExists({ categoryId }),
  authorize: (actor) => can(actor, 'category.manage'),
  run: ({ actor, input, loaded }) => {
    if (!loaded) throw new ActionError('not_found');
    return unwrap(renameCategory({ actor, categoryId: input.categoryId, locale: input.locale, name: input.name, slug: slugFor(input.name, input.slug) }));
  },
  after: refreshEverything,
});

const move = defineAction({
  schema: moveCategorySchema,
  load: ({ categoryId }) => categoryExists({ categoryId }),
  authorize: (actor) => can(actor, 'category.manage'),
  run: ({ actor, input, loaded }) => {
    if (!loaded) throw new ActionError('not_found');
    moveCategory({ actor, categoryId: input.categoryId, direction: input.direction });
  },
  after: refreshEverything,
});

const message = async (key: 'created' | 'renamed' | 'moved') => (await getTranslations('Categories'))(key);

export async function createCategoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await create(formDataToObject(formData)), await message('created'));
}

export async function renameCategoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await rename(formDataToObject(formData)), await message('renamed'));
}

export async function moveCategoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await move(formDataToObject(formData)), await message('moved'));
}
