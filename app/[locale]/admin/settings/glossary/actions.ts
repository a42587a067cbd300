'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { ActionError, defineAction, formDataToObject, toFormState } from '@/app/_server/safe-action';
import type { FormState } from '@/components/action-form.client';
import { createGlossarySet, deleteGlossarySet, glossarySetExists, updateGlossarySet } from '@/db/queries/search-glossary';
import { can } from '@/lib/permissions';
import { createGlossarySetSchema, deleteGlossarySetSchema, updateGlossarySetSchema } from '@/lib/validations/search-glossary';

// Search result pages are rendered per request, so the next search reads the new glossary:
// only this page needs refreshing.
const refreshGlossaryPage = () => revalidatePath('/[locale]/admin/settings/glossary', 'page');

const existing = ({ setId }: { setId: number }) => {
  if (!glossarySetExists({ setId })) throw new ActionError('not_found');
  return null;
};

const create = defineAction({
  schema: createGlossarySetSchema,
  load: () => null,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => createGlossarySet({ actor, names: input.names }),
  after: refreshGlossaryPage,
});

const update = defineAction({
  schema: updateGlossarySetSchema,
  load: existing,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => updateGlossarySet({ actor, setId: input.setId, names: input.names }),
  after: refreshGlossaryPage,
});

const remove = defineAction({
  schema: deleteGlossarySetSchema,
  load: existing,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => deleteGlossarySet({ actor, setId: input.setId }),
  after: refreshGlossaryPage,
});

const message = async (key: 'created' | 'saved' | 'deleted') => (await getTranslations('Glossary'))(key);

export async function createGlossarySetAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await create(formDataToObject(formData)), await message('created'));
}

export async function updateGlossarySetAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await update(formDataToObject(formData)), await message('saved'));
}

export async function deleteGlossarySetAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await remove(formDataToObject(formData)), await message('deleted'));
}
