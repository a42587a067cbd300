import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { ActionForm } from '@/components/action-form.client';
import { TextField } from '@/components/text-field';
import { roles } from '@/lib/domain';
import { createUserAction } from '../actions';
import { BackLink } from '@/components/admin/back-link';

const inputClass = 'mt-1 w-full max-w-md rounded border border-gray-400 px-3 py-2';

export const generateMetadata = titleMetadata('Users', 'newUser');

export default async function NewUserPage({ params }: PageProps<'/[locale]/admin/users/new'>) {
  const { locale } = await openAdminPage(params, 'user.manage');
  const [t, tRoles] = await Promise.all([getTranslations({ locale, namespace: 'Users' }), getTranslations({ locale, namespace: 'Roles' })]);

  return (
    <>
      <BackLink href={'/admin/users'} className="mb-4">{t('back')}</BackLink>
      <h1 className="mb-6 text-2xl font-bold">{t('newUser')}</h1>
      <ActionForm
        action={createUserAction}
        submitLabel={t('create')}
        pendingLabel={t('creating')}
        fieldLabels={{ name: t('name'), email: t('email'), role: t('role'), password: t('temporaryPassword') }}
        resetOnSuccess
      >
        <TextField id="name" label={t('name')} required maxLength={120} dir="auto" inputClassName={inputClass} />
        <TextField id="email" label={t('email')} type="email" required dir="ltr" autoComplete="off" inputClassName={`${inputClass} text-start`} />
        <div>
          <label htmlFor="role" className="block font-bold">{t('role')}</label>
          <select id="role" name="role" defaultValue="writer" className={inputClass}>
            {roles.map((role) => (
              <option key={role} value={role}>{tRoles(role)}</option>
            ))}
          </select>
        </div>
        <TextField id="password" label={t('temporaryPassword')} hint={t('passwordHint')} type="text" required minLength={12} dir="ltr" autoComplete="off" inputClassName={`${inputClass} text-start`} />
      </ActionForm>
    </>
  );
}
