'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { authSecret } from '@/app/_server/second-factor';
import { ActionError, type ActionResult, defineAction, formDataToObject, toFormState } from '@/app/_server/safe-action';
import type { FormState } from '@/components/action-form.client';
import { confirmEnrolment, getTwoFactorState, startEnrolment } from '@/db/queries/two-factor';
import { hashPassword } from '@/lib/password';
import { can } from '@/lib/permissions';
import { decryptTotpSecret, encryptTotpSecret, matchTotpStep, newRecoveryCodes, newTotpSecret } from '@/lib/two-factor';
import { confirmTwoFactorSchema } from '@/lib/validations/user';

const start = defineAction({
  schema: z.object({}),
  load: (_input, actor) => getTwoFactorState({ userId: actor.id }),
  authorize: (actor) => can(actor, 'account.twoFactor'),
  run: ({ actor, loaded }) => {
    if (loaded?.enabledAt) throw new ActionError('conflict', 'twoFactor.alreadyOn');
    startEnrolment({ actor, encryptedSecret: encryptTotpSecret(newTotpSecret(), authSecret()) });
  },
  after: () => revalidatePath('/[locale]/admin', 'layout'),
});

/**
 * Confirms the enrolment with a code from the app (proof it was scanned) and returns the ten
 * recovery codes, shown this once. Nothing is revalidated: the page keeps showing the codes until
 * the person moves on, even when the setup stood in for the page they asked for.
 */
const confirm = defineAction({
  schema: confirmTwoFactorSchema,
  load: (_input, actor) => getTwoFactorState({ userId: actor.id }),
  authorize: (actor) => can(actor, 'account.twoFactor'),
  run: async ({ actor, input, loaded }) => {
    if (loaded?.enabledAt) throw new ActionError('conflict', 'twoFactor.alreadyOn');
    const secret = loaded?.encryptedSecret ? decryptTotpSecret(loaded.encryptedSecret, authSecret()) : null;
    if (!secret) throw new ActionError('invalid', 'twoFactor.notStarted');
    const step = matchTotpStep(secret, input.code, new Date());
    if (step === null) throw new ActionError('invalid', 'twoFactor.wrongCode');
    const codes = newRecoveryCodes();
    const codeHashes = await Promise.all(codes.map((code) => hashPassword(code)));
    if (!confirmEnrolment({ actor, step, codeHashes })) throw new ActionError('conflict', 'twoFactor.alreadyOn');
    return { recoveryCodes: codes };
  },
});

export async function startTwoFactorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await start(formDataToObject(formData)), (await getTranslations('TwoFactor'))('started'));
}

export async function confirmTwoFactorAction(_state: ActionResult<{ recoveryCodes: string[] }> | null, formData: FormData) {
  return confirm(formDataToObject(formData));
}
