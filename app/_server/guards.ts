import 'server-only';
import { forbidden } from 'next/navigation';
import { getCurrentUser } from '@/auth';
import type { CurrentUser } from '@/db/queries/users';
import type { Locale } from '@/i18n/config';
import { redirect } from '@/i18n/navigation';
import { can, type GeneralAction } from '@/lib/permissions';

/**
 * For the admin layout: the signed-in, active user, reloaded from the database, temporary password
 * or not (the layout shows a user holding one the form to replace it). A visitor without a valid
 * session (or whose account was deactivated meanwhile) goes to the sign-in page, which comes back
 * to `returnPath` (without the locale, e.g. `/admin/inbox`) when one is given.
 */
export async function requireSession(locale: Locale, returnPath?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const query = { reason: 'signedOut', ...(returnPath ? { callbackUrl: `/${locale}${returnPath}` } : {}) };
    return redirect({ href: { pathname: '/login', query }, locale });
  }
  return user;
}

/**
 * For admin pages: `requireSession`, and for a user still holding a temporary password (or who must
 * first set up two-factor sign-in, the same way) the page
 * stops here (`forbidden()`), before it loads anything, while the layout shows them the
 * change-password form at the same address (once it is changed, the page they asked for appears).
 * The page must not run at all: Next.js renders a page alongside its layout and sends it in the RSC
 * payload even when the layout leaves `children` out. (The status stays 200: the layout, which
 * renders first, does not show the 403 boundary either.)
 */
export async function requireUser(locale: Locale, returnPath?: string): Promise<CurrentUser> {
  const user = await requireSession(locale, returnPath);
  if (user.mustChangePassword || user.mustEnrolTwoFactor) forbidden();
  return user;
}

/**
 * `requireSession`, then the permission (which a temporary password limits to changing it): a user
 * without it gets the localized 403 page (app/[locale]/admin/forbidden.tsx) with status 403.
 */
export async function requirePermission(locale: Locale, action: GeneralAction): Promise<CurrentUser> {
  const user = await requireSession(locale);
  if (!can(user, action)) forbidden();
  return user;
}
