'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { revalidateAllPublicPages } from '@/app/_server/public-cache';
import { type ActionResult, type ActionState, defineAction, formDataToObject, withMessage } from '@/app/_server/safe-action';
import { setNewsroomDefaults, setOrganizationTimeZone, setPublicNativeDigits, setTwoFactorRequired } from '@/db/queries/settings';
import { can } from '@/lib/permissions';
import { newsroomDefaultsSchema, publicDigitsSchema, requireTwoFactorSchema, timeZoneSettingSchema } from '@/lib/validations/settings';

const refreshSettingsPage = () => revalidatePath('/[locale]/admin/settings', 'page');

/** For settings every public page shows (how dates are written): expire them all. */
const refreshEveryPage = () => {
  revalidateAllPublicPages();
  refreshSettingsPage();
};

const saveDefaults = defineAction({
  schema: newsroomDefaultsSchema,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => setNewsroomDefaults({ actor, defaults: input }),
  // Only articles created from now on read the defaults: no public page shows them.
  after: refreshSettingsPage,
});

const saveDigits = defineAction({
  schema: publicDigitsSchema,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => setPublicNativeDigits({ actor, enabled: input.nativeDigits }),
  // Dates appear on every public page of every language.
  after: refreshEveryPage,
});

const saveTimeZone = defineAction({
  schema: timeZoneSettingSchema,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => setOrganizationTimeZone({ actor, timeZone: input.timeZone }),
  // A release's day is counted in the zone, and every public page shows dates.
  after: refreshEveryPage,
});

const saveRequireTwoFactor = defineAction({
  schema: requireTwoFactorSchema,
  authorize: (actor) => can(actor, 'settings.manage'),
  run: ({ actor, input }) => setTwoFactorRequired({ actor, enabled: input.requireTwoFactor }),
  // Reviewers and admins without it are sent to set it up on their next click (db/queries/users.ts).
  after: refreshSettingsPage,
});

const message = async (key: 'defaultsSaved' | 'digitsSaved' | 'timeZoneSaved' | 'twoFactorSaved') => (await getTranslations('Settings'))(key);

export async function saveNewsroomDefaultsAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await saveDefaults(formDataToObject(formData)), await message('defaultsSaved'));
}

export async function savePublicDigitsAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await saveDigits(formDataToObject(formData)), await message('digitsSaved'));
}

export async function saveTimeZoneAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await saveTimeZone(formDataToObject(formData)), await message('timeZoneSaved'));
}

export async function saveRequireTwoFactorAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await saveRequireTwoFactor(formDataToObject(formData)), await message('twoFactorSaved'));
}
