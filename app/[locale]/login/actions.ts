'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { signIn, signOut } from '@/auth';
import type { FormState } from '@/components/action-form.client';
import { defaultLocale, isLocale } from '@/i18n/config';
import { safeLocalPath } from '@/lib/safe-redirect';

/**
 * The sign-in form's action. Lockout, auditing and the password check live in auth.ts's
 * `authorize`, so the Auth.js endpoint itself is protected the same way. Every refusal but a
 * lock gives one message: it never tells whether the account exists.
 */
export async function signInWithPassword(_state: FormState, formData: FormData): Promise<FormState> {
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
    const t = await getTranslations({ locale, namespace: 'Login' });
    const locked = error instanceof CredentialsSignin && error.code === 'locked';
    return { ok: false, message: t(locked ? 'lockedOut' : 'invalidCredentials') };
  }
}

export async function signOutToLogin(formData: FormData): Promise<void> {
  const rawLocale = formData.get('locale');
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  await signOut({ redirectTo: `/${locale}/login` });
}
