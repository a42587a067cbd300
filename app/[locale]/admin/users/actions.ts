'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { ActionError, type ActionResult, type ActionState, defineAction, formDataToObject, withMessage } from '@/app/_server/safe-action';
import { resetTwoFactor } from '@/db/queries/two-factor';
import { changeUserRole, createUser, getManagedUser, type ManagedUser, setUserActive, setUserLanguages, setUserPassword } from '@/db/queries/users';
import { languagesToStore } from '@/lib/desks';
import { hashPassword } from '@/lib/password';
import { can } from '@/lib/permissions';
import { changeRoleSchema, createUserSchema, resetPasswordSchema, resetTwoFactorSchema, setActiveSchema, setLanguagesSchema } from '@/lib/validations/user';

const refreshUsers = () => revalidatePath('/[locale]/admin/users', 'layout');

/**
 * The target user, or null: the wrapper checks the permission first, so someone without it learns
 * nothing (not even whether an id exists).
 */
const loadTarget = ({ userId }: { userId: number }) => getManagedUser({ userId });

/** No admin may demote or lock out themselves: the organization could be left with no administrator. */
function notSelf(actorId: number, user: ManagedUser): void {
  if (user.id === actorId) throw new ActionError('forbidden', 'accounts.ownAccount');
}

const createUserWithTemporaryPassword = defineAction({
  schema: createUserSchema,
  authorize: (actor) => can(actor, 'user.manage'),
  run: async ({ actor, input }) => {
    const created = createUser({ actor, name: input.name, email: input.email, role: input.role, passwordHash: await hashPassword(input.password) });
    if (!created) throw new ActionError('conflict', 'accounts.emailTaken');
    return created;
  },
  after: refreshUsers,
});

const changeRole = defineAction({
  schema: changeRoleSchema,
  load: loadTarget,
  authorize: (actor) => can(actor, 'user.manage'),
  run: ({ actor, input, loaded: user }) => {
    notSelf(actor.id, user);
    if (user.role !== input.role) changeUserRole({ actor, user, role: input.role });
  },
  after: refreshUsers,
});

const setActive = defineAction({
  schema: setActiveSchema,
  load: loadTarget,
  authorize: (actor) => can(actor, 'user.manage'),
  run: ({ actor, input, loaded: user }) => {
    notSelf(actor.id, user);
    if (user.active !== input.active) setUserActive({ actor, user, active: input.active });
  },
  after: refreshUsers,
});

const resetPassword = defineAction({
  schema: resetPasswordSchema,
  load: loadTarget,
  authorize: (actor) => can(actor, 'user.manage'),
  run: async ({ actor, input, loaded: user }) => {
    setUserPassword({ actor, userId: user.id, passwordHash: await hashPassword(input.password), kind: 'reset' });
  },
  after: refreshUsers,
});

const setLanguages = defineAction({
  schema: setLanguagesSchema,
  load: loadTarget,
  authorize: (actor) => can(actor, 'user.manage'),
  run: ({ actor, input, loaded: user }) => {
    // An admin's own desk is theirs to keep: narrowing it could hide the articles they must answer for.
    notSelf(actor.id, user);
    setUserLanguages({ actor, user, languages: languagesToStore(input.languages) });
  },
  after: refreshUsers,
});

const resetSecondFactor = defineAction({
  schema: resetTwoFactorSchema,
  load: loadTarget,
  authorize: (actor) => can(actor, 'user.manage'),
  run: ({ actor, loaded: user }) => {
    if (!user.twoFactorEnabled) throw new ActionError('conflict', 'twoFactor.notEnabled');
    resetTwoFactor({ actor, user });
  },
  after: refreshUsers,
});

const message = async (key: 'created' | 'roleChanged' | 'deactivated' | 'reactivated' | 'passwordReset' | 'languagesSaved' | 'twoFactorReset') => (await getTranslations('Users'))(key);

export async function createUserAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await createUserWithTemporaryPassword(formDataToObject(formData)), await message('created'));
}

export async function changeRoleAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await changeRole(formDataToObject(formData)), await message('roleChanged'));
}

export async function setActiveAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  const input = formDataToObject(formData);
  return withMessage(await setActive(input), await message(input.active === 'true' ? 'reactivated' : 'deactivated'));
}

export async function resetPasswordAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await resetPassword(formDataToObject(formData)), await message('passwordReset'));
}

export async function setLanguagesAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await setLanguages(formDataToObject(formData)), await message('languagesSaved'));
}

export async function resetTwoFactorAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await resetSecondFactor(formDataToObject(formData)), await message('twoFactorReset'));
}
