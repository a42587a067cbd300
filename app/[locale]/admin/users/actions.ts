'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { ActionError, defineAction, formDataToObject, toFormState } from '@/app/_server/safe-action';
import type { FormState } from '@/components/action-form.client';
import { resetTwoFactor } from '@/db/queries/two-factor';
import { changeUserRole, createUser, getManagedUser, type ManagedUser, setUserActive, setUserLanguages, setUserPassword } from '@/db/queries/users';
import { languagesToStore } from '@/lib/desks';
import { hashPassword } from '@/lib/password';
import { can } from '@/lib/permissions';
import { changeRoleSchema, createUserSchema, resetPasswordSchema, resetTwoFactorSchema, setActiveSchema, setLanguagesSchema } from '@/lib/validations/user';

const refreshUsers = () => revalidatePath('/[locale]/admin/users', 'layout');

/**
 * The target user is loaded but may be missing: the permission is checked first, so someone
 * without it learns nothing (not even whether an id exists).
 */
const loadTarget = ({ userId }: { userId: number }) => getManagedUser({ userId });

function existing(user: ManagedUser | null): ManagedUser {
  if (!user) throw new ActionError('not_found');
  return user;
}

/** No admin may demote or lock out themselves: the organization could be left with no administrator. */
function notSelf(actorId: number, user: ManagedUser): void {
  if (user.id === actorId) throw new ActionError('forbidden', 'accounts.ownAccount');
}

const createUserWithTemporaryPassword = defineAction({
  schema: createUserSchema,
  load: () => null,
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
  run: ({ actor, input, loaded }) => {
    const user = existing(loaded);
    notSelf(actor.id, user);
    if (user.role !== input.role) changeUserRole({ actor, user, role: input.role });
  },
  after: refreshUsers,
});

const setActive = defineAction({
  schema: setActiveSchema,
  load: loadTarget,
  authorize: (actor) => can(actor, 'user.manage'),
  run: ({ actor, input, loaded }) => {
    const user = existing(loaded);
    notSelf(actor.id, user);
    if (user.active !== input.active) setUserActive({ actor, user, active: input.active });
  },
  after: refreshUsers,
});

const resetPassword = defineAction({
  schema: resetPasswordSchema,
  load: loadTarget,
  authorize: (actor) => can(actor, 'user.manage'),
  run: async ({ actor, input, loaded }) => {
    const user = existing(loaded);
    setUserPassword({ actor, userId: user.id, passwordHash: await hashPassword(input.password), kind: 'reset' });
  },
  after: refreshUsers,
});

const setLanguages = defineAction({
  schema: setLanguagesSchema,
  load: loadTarget,
  authorize: (actor) => can(actor, 'user.manage'),
  run: ({ actor, input, loaded }) => {
    const user = existing(loaded);
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
  run: ({ actor, loaded }) => {
    const user = existing(loaded);
    if (!user.twoFactorEnabled) throw new ActionError('conflict', 'twoFactor.notEnabled');
    resetTwoFactor({ actor, user });
  },
  after: refreshUsers,
});

const message = async (key: 'created' | 'roleChanged' | 'deactivated' | 'reactivated' | 'passwordReset' | 'languagesSaved' | 'twoFactorReset') => (await getTranslations('Users'))(key);

export async function createUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await createUserWithTemporaryPassword(formDataToObject(formData)), await message('created'));
}

export async function changeRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await changeRole(formDataToObject(formData)), await message('roleChanged'));
}

export async function setActiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataToObject(formData);
  return toFormState(await setActive(input), await message(input.active === 'true' ? 'reactivated' : 'deactivated'));
}

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await resetPassword(formDataToObject(formData)), await message('passwordReset'));
}

export async function setLanguagesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await setLanguages(formDataToObject(formData)), await message('languagesSaved'));
}

export async function resetTwoFactorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await resetSecondFactor(formDataToObject(formData)), await message('twoFactorReset'));
}
