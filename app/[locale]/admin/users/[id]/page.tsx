import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { ActionForm } from '@/components/action-form.client';
import { getManagedUser } from '@/db/queries/users';
import { localeSettings, locales } from '@/i18n/config';
import { roles } from '@/lib/domain';
import { changeRoleAction, resetPasswordAction, resetTwoFactorAction, setActiveAction, setLanguagesAction } from '../actions';
import { BackLink } from '@/components/admin/back-link';

const inputClass = 'mt-1 w-full max-w-md rounded border border-gray-400 px-3 py-2';

export const generateMetadata = titleMetadata('Users', 'title');

export default async function ManageUserPage({ params }: PageProps<'/[locale]/admin/users/[id]'>) {
  const { locale, user: actor } = await openAdminPage(params, 'user.manage');
  const { id } = await params;
  const user = /^\d+$/.test(id) ? getManagedUser({ userId: Number(id) }) : null;
  if (!user) notFound();
  const [t, tRoles] = await Promise.all([getTranslations({ locale, namespace: 'Users' }), getTranslations({ locale, namespace: 'Roles' })]);
  const self = user.id === actor.id;

  return (
    <>
      <BackLink href={'/admin/users'} className="mb-4">{t('back')}</BackLink>
      <h1 className="text-2xl font-bold">
        <bdi>{user.name}</bdi>
      </h1>
      <p className="mt-1 text-muted">
        <bdi dir="ltr">{user.email}</bdi> · {tRoles(user.role)} · {user.active ? t('active') : t('inactive')}
      </p>
      {self ? <p className="mt-4 rounded border border-brand-100 bg-brand-50 p-3">{t('ownAccountNote')}</p> : null}

      <div className="mt-8 grid gap-8 md:grid-cols-2">
        {self ? null : (
          <section aria-labelledby="role-heading" className="rounded border border-brand-100 p-4">
            <h2 id="role-heading" className="mb-3 text-lg font-bold">{t('roleSection')}</h2>
            <ActionForm action={changeRoleAction} submitLabel={t('changeRole')} pendingLabel={t('saving')}>
              <input type="hidden" name="userId" value={user.id} />
              <label htmlFor="role" className="block font-bold">{t('role')}</label>
              <select id="role" name="role" defaultValue={user.role} className={inputClass}>
                {roles.map((role) => (
                  <option key={role} value={role}>{tRoles(role)}</option>
                ))}
              </select>
            </ActionForm>
          </section>
        )}

        {self ? null : (
          <section aria-labelledby="status-heading" className="rounded border border-brand-100 p-4">
            <h2 id="status-heading" className="mb-3 text-lg font-bold">{t('statusSection')}</h2>
            <p className="mb-3 text-sm text-muted">{t('deactivateHint')}</p>
            {/* Keyed by state: after a change the form starts afresh with the other button. */}
            <ActionForm
              key={String(user.active)}
              action={setActiveAction}
              submitLabel={user.active ? t('deactivate') : t('reactivate')}
              pendingLabel={t('saving')}
              tone={user.active ? 'danger' : 'primary'}
            >
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="active" value={String(!user.active)} />
            </ActionForm>
          </section>
        )}

        {self ? null : (
          <section aria-labelledby="languages-heading" className="rounded border border-brand-100 p-4">
            <h2 id="languages-heading" className="mb-3 text-lg font-bold">{t('languagesSection')}</h2>
            <ActionForm action={setLanguagesAction} submitLabel={t('saveLanguages')} pendingLabel={t('saving')} fieldLabels={{ languages: t('languagesSection') }}>
              <input type="hidden" name="userId" value={user.id} />
              <fieldset aria-describedby="languages-hint">
                <legend className="font-bold">{t('languagesLegend')}</legend>
                {locales.map((language) => (
                  <label key={language} className="mt-1 flex items-center gap-2">
                    <input type="checkbox" name="languages" value={language} defaultChecked={user.languages === null || user.languages.includes(language)} />
                    <span lang={language}>{localeSettings[language].nativeName}</span>
                  </label>
                ))}
              </fieldset>
              <p id="languages-hint" className="mt-1 text-sm text-muted">{t('languagesHint')}</p>
            </ActionForm>
          </section>
        )}

        <section aria-labelledby="two-factor-heading" className="rounded border border-brand-100 p-4">
          <h2 id="two-factor-heading" className="mb-3 text-lg font-bold">{t('twoFactorSection')}</h2>
          <p className="mb-3" data-testid="two-factor-status">{user.twoFactorEnabled ? t('twoFactorOn') : t('twoFactorOff')}</p>
          {user.twoFactorEnabled ? (
            <ActionForm action={resetTwoFactorAction} submitLabel={t('resetTwoFactor')} pendingLabel={t('saving')} tone="danger">
              <input type="hidden" name="userId" value={user.id} />
              <p className="text-sm text-muted">{t('resetTwoFactorHint')}</p>
            </ActionForm>
          ) : null}
        </section>

        <section aria-labelledby="password-heading" className="rounded border border-brand-100 p-4">
          <h2 id="password-heading" className="mb-3 text-lg font-bold">{t('passwordSection')}</h2>
          <ActionForm action={resetPasswordAction} submitLabel={t('resetPassword')} pendingLabel={t('saving')} fieldLabels={{ password: t('temporaryPassword') }} resetOnSuccess>
            <input type="hidden" name="userId" value={user.id} />
            <label htmlFor="password" className="block font-bold">{t('temporaryPassword')}</label>
            <input id="password" name="password" type="text" required minLength={12} dir="ltr" autoComplete="off" aria-describedby="reset-hint" className={`${inputClass} text-start`} />
            <p id="reset-hint" className="mt-1 text-sm text-muted">{t('passwordHint')}</p>
          </ActionForm>
        </section>
      </div>
    </>
  );
}
