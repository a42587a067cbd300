'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { AuthError } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { signIn } from '@/auth';
import { ActionError, type ActionResult, type ActionState, defineAction, formDataToObject, withMessage } from '@/app/_server/safe-action';
import { closePasswordCheck, openPasswordCheck } from '@/db/queries/sign-in';
import { getPasswordHash, setUserPassword } from '@/db/queries/users';
import { clientIp } from '@/lib/client-ip';
import { env } from '@/lib/env';
import { minutesLeft } from '@/lib/lockout';
import { hashPassword, verifyPassword } from '@/lib/password';
import { can } from '@/lib/permissions';
import { changeOwnPasswordSchema } from '@/lib/validations/user';

const changeOwnPassword = defineAction({
  schema: changeOwnPasswordSchema,
  authorize: (actor) => can(actor, 'account.changePassword'),
  run: async ({ actor, input }) => {
    // The current password is a password check like a sign-in: counted towards the account's (and
    // address's) lockout before it is verified, and refused while either is locked. Otherwise a
    // stolen session could guess the password here without limit.
    const subject = { email: actor.email, ip: clientIp(await headers(), env.BAYAN_TRUSTED_PROXIES), userId: actor.id, purpose: 'passwordChange' } as const;
    const check = openPasswordCheck(subject);
    if (!check.ok) throw new ActionError('rate_limited', 'accounts.passwordChecksLocked', { minutes: minutesLeft(check.lockedUntil, new Date()) });
    const current = getPasswordHash({ userId: actor.id });
    const matched = current !== null && (await verifyPassword(current, input.currentPassword));
    closePasswordCheck({ ...subject, attemptId: check.attemptId, matched });
    if (!matched) throw new ActionError('invalid', 'accounts.wrongPassword');
    setUserPassword({ actor, userId: actor.id, passwordHash: await hashPassword(input.newPassword), kind: 'own' });
    // The new password ends every session opened with the old one; this browser gets a fresh
    // session with the new password, so the person carries on where they are. Should that sign-in
    // be refused (a lockout of this address), the password is still changed: they sign in again.
    try {
      await signIn('credentials', { email: actor.email, password: input.newPassword, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
    }
  },
  // The temporary-password notice disappears from every admin page.
  after: () => revalidatePath('/[locale]/admin', 'layout'),
});

export async function changeOwnPasswordAction(_state: ActionState, formData: FormData): Promise<ActionResult<null>> {
  const result = await changeOwnPassword(formDataToObject(formData));
  return withMessage(result, (await getTranslations('Account'))('changed'));
}
