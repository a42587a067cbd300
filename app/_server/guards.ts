import 'server-only';
import { forbidden } from 'next/navigation';
import { getCurrentUser } from '@/auth';
import type { CurrentUser } from '@/db/queries/users';
import type { Locale } from '@/i18n/config';
import { redirect } from '@/i18n/navigation';
import { can, type GeneralAction } from '@/lib/permissions';

/**
 * For admin pages and layouts: the signed-in, active user, reloaded from the database. A visitor
 * without a valid session (or whose account was deactivated meanwhile) goes to the sign-in page,
 * which comes back to `returnPath` (without the locale, e.g. `/admin/inbox`) when a page gives one.
 */
export async function requireUser(locale: Locale, returnPath?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const query = { reason: 'signedOut', ...(returnPath ? { callbackUrl: `/${locale}${returnPath}` } : {}) };
    return redirect({ href: { pathname: '/login', query }, locale });
  }
  return user;
}

/**
 * `requireUser`, then the permission: a user without it gets the localized 403 page
 * (app/[locale]/admin/forbidden.tsx) with status 403.
 */
export async function requirePermission(locale: Locale, action: GeneralAction): Promise<CurrentUser> {
  const user = await requireUser(locale);
  if (!can(user, action)) forbidden();
  return user;
}
