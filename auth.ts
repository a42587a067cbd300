import { randomUUID } from 'node:crypto';
import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { checkSecondFactor, authSecret } from '@/app/_server/second-factor';
import { authConfig } from '@/auth.config';
import { closePasswordCheck, openPasswordCheck } from '@/db/queries/sign-in';
import { type CurrentUser, findUserForSignIn, getSessionUserById } from '@/db/queries/users';
import { clientIp } from '@/lib/client-ip';
import { env } from '@/lib/env';
import { hashPassword, passwordStamp, verifyPassword } from '@/lib/password';
import { signSignInChallenge } from '@/lib/two-factor';
import { secondFactorSchema, signInSchema } from '@/lib/validations/user';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
    /** Fingerprint of the password the session was opened with (lib/password.ts `passwordStamp`). */
    passwordStamp?: string;
  }
  interface User {
    passwordStamp?: string;
  }
}

/** Refusal while an account or address is locked; the sign-in form shows its own message for it. */
export class SignInLocked extends CredentialsSignin {
  code = 'locked';
}

/**
 * The password was right, and the account signs in with a code as well: no session yet. The
 * sign-in form keeps `challenge` (server-side, in an http-only cookie) for the second step; the
 * Auth.js endpoint answers with the code name only, so the challenge never leaves the server there.
 */
export class SecondFactorRequired extends CredentialsSignin {
  code = 'second_factor';
  constructor(readonly challenge: string) {
    super();
  }
}

// Unknown e-mails are checked against this throwaway hash, so a wrong address takes as long as a
// wrong password and the response time does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/** Exported for its unit test; Auth.js calls it through the credentials provider. */
export async function authorizeCredentials(raw: unknown, request: Request) {
  const ip = clientIp(request.headers, env.BAYAN_TRUSTED_PROXIES);
  const second = secondFactorSchema.safeParse(raw);
  if (second.success) {
    const outcome = await checkSecondFactor({ ...second.data, ip });
    if (!outcome.ok && outcome.locked) throw new SignInLocked();
    return outcome.ok ? { id: String(outcome.user.id), email: outcome.user.email, name: outcome.user.name, passwordStamp: passwordStamp(outcome.user.passwordHash) } : null;
  }
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = findUserForSignIn(email);
  const subject = { email, ip, userId: user?.id ?? null, purpose: 'signIn' } as const;

  // Counted before the password is looked at, so parallel guesses cannot outrun the limit.
  const check = openPasswordCheck(subject);
  if (!check.ok) throw new SignInLocked();

  decoyHash ??= hashPassword(randomUUID());
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  const accepted = user !== undefined && user.active && matches;
  // A password alone never opens a session of an account with two-factor sign-in.
  const awaitsSecondFactor = accepted && user.twoFactorEnabledAt !== null;
  closePasswordCheck({ ...subject, attemptId: check.attemptId, matched: accepted, awaitsSecondFactor });
  if (awaitsSecondFactor) throw new SecondFactorRequired(signSignInChallenge({ userId: user.id, passwordStamp: passwordStamp(user.passwordHash), now: new Date() }, authSecret()));
  return accepted ? { id: String(user.id), email: user.email, name: user.name, passwordStamp: passwordStamp(user.passwordHash) } : null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, challenge: {}, code: {} },
      authorize: authorizeCredentials,
    }),
  ],
});

/**
 * The signed-in user, reloaded from the database on every call: role and `active` are never
 * taken from the token. Null when signed out, deactivated, or when the password has changed since
 * this session was opened.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id)) return null;
  const found = getSessionUserById(id);
  if (!found?.user.active || session?.passwordStamp !== passwordStamp(found.passwordHash)) return null;
  return found.user;
}
