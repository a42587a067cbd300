'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { authSecret } from '@/app/_server/second-factor';
import { ActionError, type ActionResult, type ActionState, defineAction, formDataToObject, withMessage } from '@/app/_server/safe-action';
import { confirmEnrolment, getTwoFactorState, startEnrolment } from '@/db/queries/two-factor';
import { hashPassword } from '@/lib/password';
import { can } from '@/lib/permissions';
import { decryptTotpSecret, encryptTotpSecret, matchTotpStep, newRecoveryCodes, newTotpSecret } from '@/lib/two-factor';
import { confirmTwoFactorSchema } from '@/lib/validations/user';

const start = defineAction({
  schema: z.object({}),
  // The caller's own setup, which may not exist yet: read in `run`, not loaded as a row that must exist.
  authorize: (actor) => can(actor, 'account.twoFactor'),
  run: ({ actor }) => {
    if (getTwoFactorState({ userId: actor.id })?.enabledAt) throw new ActionError('conflict', 'twoFactor.alreadyOn');
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
  authorize: (actor) => can(actor, 'account.twoFactor'),
  run: async ({ actor, input }) => {
    const loaded = getTwoFactorState({ userId: actor.id });
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

export async function startTwoFactorAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  return withMessage(await start(formDataToObject(formData)), (await getTranslations('TwoFactor'))('started'));
}

export async function confirmTwoFactorAction(_state: ActionState<{ recoveryCodes: string[] }>, formData: FormData) {
  return confirm(formDataToObject(formData));
}
