import 'server-only';
import { getCurrentUser } from '@/auth';
import type { CurrentUser } from '@/db/queries/users';
import type { Locale } from '@/i18n/config';
import { redirect } from '@/i18n/navigation';

/**
 * The signed-in user for an admin page, or a redirect to the sign-in page that comes back here.
 * The proxy may redirect earlier for comfort; this is the check.
 */
export async function requireUser(locale: Locale, path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return redirect({ href: { pathname: '/login', query: { callbackUrl: `/${locale}${path}` } }, locale });
  return user;
}
