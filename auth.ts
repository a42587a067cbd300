import { randomUUID } from 'node:crypto';
import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/auth.config';
import { recentSignInFailures, recordSignInAttempt } from '@/db/queries/sign-in';
import { type CurrentUser, findUserForSignIn, getSessionUserById } from '@/db/queries/users';
import { clientIp } from '@/lib/client-ip';
import { lockedUntil, lockoutLookback } from '@/lib/lockout';
import { hashPassword, passwordStamp, verifyPassword } from '@/lib/password';
import { signInSchema } from '@/lib/validations/user';

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

// Unknown e-mails are checked against this throwaway hash, so a wrong address takes as long as a
// wrong password and the response time does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/** Exported for its unit test; Auth.js calls it through the credentials provider. */
export async function authorizeCredentials(raw: unknown, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp(request.headers);
  const now = new Date();

  const failures = recentSignInFailures({ email, ip, since: new Date(now.getTime() - lockoutLookback()) });
  const locks = [lockedUntil(failures.byEmail, now), lockedUntil(failures.byIp, now)].filter((until) => until !== null);
  const user = findUserForSignIn(email);
  if (locks.length > 0) {
    recordSignInAttempt({ email, ip, userId: user?.id ?? null, outcome: 'locked', lockedUntil: new Date(Math.max(...locks.map(Number))) });
    throw new SignInLocked();
  }

  decoyHash ??= hashPassword(randomUUID());
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !user.active || !matches) {
    recordSignInAttempt({ email, ip, userId: user?.id ?? null, outcome: 'failure' });
    return null;
  }
  recordSignInAttempt({ email, ip, userId: user.id, outcome: 'success' });
  return { id: String(user.id), email: user.email, name: user.name, passwordStamp: passwordStamp(user.passwordHash) };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
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
