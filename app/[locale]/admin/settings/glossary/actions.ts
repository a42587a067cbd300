'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { type ActionResult, type ActionState, defineAction, formDataToObject, withMessage } from '@/app/_server/safe-action';
import { createGlossarySet, deleteGlossarySet, glossarySetExists, updateGlossarySet } from '@/db/queries/search-glossary';
import { can } from '@/lib/permissions';
import { createGlossarySetSchema, deleteGlossarySetSchema, updateGlossarySetSchema } from '@/lib/validations/search-glossary';

// Search result pages are rendered per request, so the next search reads the new glossary:
// only this page needs refreshing.
const refreshGlossaryPage = () => revalidatePath('/[locale]/admin/settings/glossary', 'page');

/** The set's id, or null when there is no such set. */
const loadSet = ({ setId }: { setId: number }) => (glossarySetExists({ setId }) ? setId : null);

const create = defineAction({
  schema: createGlossarySetSchema,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => createGlossarySet({ actor, names: input.names }),
  after: refreshGlossaryPage,
});

const update = defineAction({
  schema: updateGlossarySetSchema,
  load: loadSet,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => updateGlossarySet({ actor, setId: input.setId, names: input.names }),
  after: refreshGlossaryPage,
});

const remove = defineAction({
  schema: deleteGlossarySetSchema,
  load: loadSet,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => deleteGlossarySet({ actor, setId: input.setId }),
  after: refreshGlossaryPage,
});

const message = async (key: 'created' | 'saved' | 'deleted') => (await getTranslations('Glossary'))(key);

export async function createGlossarySetAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await create(formDataToObject(formData)), await message('created'));
}

export async function updateGlossarySetAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await update(formDataToObject(formData)), await message('saved'));
}

export async function deleteGlossarySetAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await remove(formDataToObject(formData)), await message('deleted'));
}
