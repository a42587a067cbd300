'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SecondFactorRequired, signIn, signOut } from '@/auth';
import type { ActionResult, ActionState } from '@/app/_server/safe-action';
import { defaultLocale, isLocale, type Locale } from '@/i18n/config';
import { siteUrl } from '@/lib/env';
import { safeLocalPath } from '@/lib/safe-redirect';
import { challengeCookie, challengeLifetimeMs } from '@/lib/two-factor';

const isHttps = () => siteUrl.startsWith('https:');

/**
 * The sign-in form's action. Lockout, auditing and the password check live in auth.ts's
 * `authorize`, so the Auth.js endpoint itself is protected the same way. Every refusal but a
 * lock gives one message: it never tells whether the account exists.
 */
export async function signInWithPasswordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const rawLocale = formData.get('locale');
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const redirectTo = safeLocalPath(formData.get('callbackUrl'), `/${locale}/admin`);
  try {
    await signIn('credentials', {
      email: String(formData.get('email') ?? ''),
      password: String(formData.get('password') ?? ''),
      redirectTo,
    });
    return null;
  } catch (error) {
    // signIn ends with a redirect, thrown as an error that must reach Next.js.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof SecondFactorRequired) {
      (await cookies()).set(challengeCookie, error.challenge, { httpOnly: true, sameSite: 'strict', secure: isHttps(), path: `/${locale}/login`, maxAge: challengeLifetimeMs / 1000 });
      redirect(`/${locale}/login/code?${new URLSearchParams({ callbackUrl: redirectTo })}`);
    }
    return refusal(locale, error, 'invalidCredentials');
  }
}

async function refusal(locale: Locale, error: AuthError, otherwise: 'invalidCredentials' | 'invalidCode'): Promise<ActionResult<never>> {
  const t = await getTranslations({ locale, namespace: 'Login' });
  const locked = error instanceof CredentialsSignin && error.code === 'locked';
  return locked ? { ok: false, code: 'rate_limited', message: t('lockedOut') } : { ok: false, code: 'unauthenticated', message: t(otherwise) };
}

/**
 * The second step: the code, with the challenge the first step left in an http-only cookie (scoped
 * to the sign-in pages, gone after five minutes). The password is not asked again.
 */
export async function signInWithCodeAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const rawLocale = formData.get('locale');
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const redirectTo = safeLocalPath(formData.get('callbackUrl'), `/${locale}/admin`);
  const jar = await cookies();
  const challenge = jar.get(challengeCookie)?.value;
  if (!challenge) return { ok: false, code: 'unauthenticated', message: (await getTranslations({ locale, namespace: 'Login' }))('challengeExpired') };
  try {
    await signIn('credentials', { challenge, code: String(formData.get('code') ?? ''), redirectTo });
    return null;
  } catch (error) {
    if (!(error instanceof AuthError)) {
      // Signed in: the challenge has served.
      jar.delete({ name: challengeCookie, path: `/${locale}/login` });
      throw error;
    }
    return refusal(locale, error, 'invalidCode');
  }
}

export async function signOutAction(formData: FormData): Promise<void> {
  const rawLocale = formData.get('locale');
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  await signOut({ redirectTo: `/${locale}/login` });
}
