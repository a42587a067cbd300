import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { TableHead } from '@/components/admin/table-head';
import { listUsers } from '@/db/queries/users';
import { localeSettings } from '@/i18n/config';

export const generateMetadata = titleMetadata('Users', 'title');

export default async function UsersPage({ params }: PageProps<'/[locale]/admin/users'>) {
  const { locale } = await openAdminPage(params, 'user.manage');
  const [t, tRoles] = await Promise.all([getTranslations({ locale, namespace: 'Users' }), getTranslations({ locale, namespace: 'Roles' })]);
  const users = listUsers();

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href={`/${locale}/admin/users/new`} className="rounded bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800">
          {t('newUser')}
        </Link>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <TableHead look="register" caption={t('listCaption')} columns={[t('name'), t('email'), t('role'), t('status'), <span key="manage" className="sr-only">{t('manage')}</span>]} />
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-brand-100">
                <th scope="row" className="p-2 text-start font-normal"><bdi>{user.name}</bdi></th>
                <td className="p-2" dir="ltr"><span className="block text-start">{user.email}</span></td>
                <td className="p-2">
                  {tRoles(user.role)}
                  {user.languages ? (
                    <span className="ms-2 text-sm text-muted">
                      ({user.languages.map((language) => <span key={language} lang={language} className="me-1 last:me-0">{localeSettings[language].nativeName}</span>)})
                    </span>
                  ) : null}
                </td>
                <td className="p-2">
                  {user.active ? t('active') : <strong className="text-red-800">{t('inactive')}</strong>}
                  {user.active && user.mustChangePassword ? <span className="ms-2 text-sm text-muted">({t('mustChange')})</span> : null}
                </td>
                <td className="p-2">
                  <Link href={`/${locale}/admin/users/${user.id}`} className="text-brand-700 underline" aria-label={t('manageUser', { name: user.name })}>
                    {t('manage')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
