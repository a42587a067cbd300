import type { Metadata } from 'next';
import Link from 'next/link';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireSession } from '@/app/_server/guards';
import { type AdminNavLink, AdminNav } from '@/components/admin/admin-nav.client';
import { InboxBadge } from '@/components/admin/inbox-badge';
import { UiLanguageSwitcher } from '@/components/admin/ui-language-switcher.client';
import { DemoBanner } from '@/components/demo-banner';
import { countUnreadNotifications } from '@/db/queries/notifications';
import type { Locale } from '@/i18n/config';
import { can, type GeneralAction } from '@/lib/permissions';
import { signOutAction } from '../login/actions';
import { PasswordForm } from './account/_components/password-form';
import { TwoFactorSection } from './account/_components/two-factor-section';

export async function generateMetadata({ params }: LayoutProps<'/[locale]/admin'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Admin' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/** Each section and the permission that opens it: a link shows only when the server would let the user in. */
const sections: { key: 'dashboard' | 'articles' | 'media' | 'users' | 'categories' | 'audit' | 'settings' | 'account'; path: string; permission: GeneralAction }[] = [
  { key: 'dashboard', path: '', permission: 'admin.access' },
  { key: 'articles', path: '/articles', permission: 'admin.access' },
  { key: 'media', path: '/media', permission: 'media.upload' },
  { key: 'users', path: '/users', permission: 'user.manage' },
  { key: 'categories', path: '/categories', permission: 'category.manage' },
  { key: 'audit', path: '/audit', permission: 'audit.read' },
  { key: 'settings', path: '/settings', permission: 'settings.manage' },
  { key: 'account', path: '/account', permission: 'account.changePassword' },
];

export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requireSession(locale);
  const [t, tRoles] = await Promise.all([getTranslations({ locale, namespace: 'Admin' }), getTranslations({ locale, namespace: 'Roles' })]);
  const links: AdminNavLink[] = sections
    .filter((section) => can(user, section.permission))
    .map((section) => ({ href: `/${locale}/admin${section.path}`, label: t(section.key), exact: section.path === '' }));

  // The admin area's client components (UI language switcher, editor) use next-intl hooks.
  return (
    <NextIntlClientProvider messages={null}>
      <DemoBanner locale={locale} />
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <Link href={`/${locale}/admin`} className="text-lg font-bold">
              {t('brand')}
            </Link>
            <Link href={`/${locale}`} prefetch={false} className="text-sm text-brand-100 underline-offset-4 hover:underline">
              {t('publicSite')}
            </Link>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <p className="text-sm" data-testid="current-user">
              <span className="sr-only">{t('signedInAs')} </span>
              <bdi className="font-bold">{user.name}</bdi> · <span>{tRoles(user.role)}</span>
            </p>
            {user.mustChangePassword || user.mustEnrolTwoFactor ? null : <InboxBadge count={countUnreadNotifications({ userId: user.id })} />}
            <UiLanguageSwitcher current={locale} label={t('uiLanguage')} />
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="rounded border border-white/40 px-3 py-1 text-sm hover:bg-white/10">
                {t('signOut')}
              </button>
            </form>
          </div>
        </div>
      </header>
      <AdminNav label={t('navigation')} links={links} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {user.mustChangePassword ? (
          // A temporary password opens nothing but the form to replace it.
          <section aria-labelledby="must-change-password">
            <h1 id="must-change-password" className="mb-6 rounded border border-amber-300 bg-amber-50 p-3 font-bold text-amber-900">
              {t('mustChangePassword')}
            </h1>
            <PasswordForm locale={locale} />
          </section>
        ) : user.mustEnrolTwoFactor ? (
          // Required of reviewers and admins by the organization: set up before anything else opens.
          <section aria-labelledby="must-enrol-two-factor">
            <h1 id="must-enrol-two-factor" className="mb-2 rounded border border-amber-300 bg-amber-50 p-3 font-bold text-amber-900">
              {t('mustEnrolTwoFactor')}
            </h1>
            <TwoFactorSection locale={locale} user={user} continueTo={`/${locale}/admin`} />
          </section>
        ) : (
          children
        )}
      </main>
    </NextIntlClientProvider>
  );
}
