'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { ActionError, type ActionResult, type ActionState, defineAction, formDataToObject, withMessage } from '@/app/_server/safe-action';
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

/** The category's id, or null when there is no such category. */
const loadCategory = ({ categoryId }: { categoryId: number }) => (categoryExists({ categoryId }) ? categoryId : null);

const rename = defineAction({
  schema: renameCategorySchema,
  load: loadCategory,
  authorize: (actor) => can(actor, 'category.manage'),
  run: ({ actor, input }) => unwrap(renameCategory({ actor, categoryId: input.categoryId, locale: input.locale, name: input.name, slug: slugFor(input.name, input.slug) })),
  after: refreshEverything,
});

const move = defineAction({
  schema: moveCategorySchema,
  load: loadCategory,
  authorize: (actor) => can(actor, 'category.manage'),
  run: ({ actor, input }) => {
    moveCategory({ actor, categoryId: input.categoryId, direction: input.direction });
  },
  after: refreshEverything,
});

const message = async (key: 'created' | 'renamed' | 'moved') => (await getTranslations('Categories'))(key);

export async function createCategoryAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await create(formDataToObject(formData)), await message('created'));
}

export async function renameCategoryAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await rename(formDataToObject(formData)), await message('renamed'));
}

export async function moveCategoryAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await move(formDataToObject(formData)), await message('moved'));
}
