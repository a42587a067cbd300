import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { ActionForm } from '@/components/action-form.client';
import { roles } from '@/lib/domain';
import { createUserAction } from '../actions';

const inputClass = 'mt-1 w-full max-w-md rounded border border-gray-400 px-3 py-2';

export const generateMetadata = titleMetadata('Users', 'newUser');

export default async function NewUserPage({ params }: PageProps<'/[locale]/admin/users/new'>) {
  const { locale } = await openAdminPage(params, 'user.manage');
  const [t, tRoles] = await Promise.all([getTranslations({ locale, namespace: 'Users' }), getTranslations({ locale, namespace: 'Roles' })]);

  return (
    <>
      <p className="mb-4">
        <Link href={`/${locale}/admin/users`} className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-bold">{t('newUser')}</h1>
      <ActionForm
        action={createUserAction}
        submitLabel={t('create')}
        pendingLabel={t('creating')}
        fieldLabels={{ name: t('name'), email: t('email'), role: t('role'), password: t('temporaryPassword') }}
        resetOnSuccess
      >
        <div>
          <label htmlFor="name" className="block font-bold">{t('name')}</label>
          <input id="name" name="name" required maxLength={120} dir="auto" className={inputClass} />
        </div>
        <div>
          <label htmlFor="email" className="block font-bold">{t('email')}</label>
          <input id="email" name="email" type="email" required dir="ltr" autoComplete="off" className={`${inputClass} text-start`} />
        </div>
        <div>
          <label htmlFor="role" className="block font-bold">{t('role')}</label>
          <select id="role" name="role" defaultValue="writer" className={inputClass}>
            {roles.map((role) => (
              <option key={role} value={role}>{tRoles(role)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="password" className="block font-bold">{t('temporaryPassword')}</label>
          <input id="password" name="password" type="text" required minLength={12} dir="ltr" autoComplete="off" aria-describedby="password-hint" className={`${inputClass} text-start`} />
          <p id="password-hint" className="mt-1 text-sm text-muted">{t('passwordHint')}</p>
        </div>
      </ActionForm>
    </>
  );
}
