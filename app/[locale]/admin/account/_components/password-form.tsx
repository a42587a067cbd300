import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/action-form.client';
import type { Locale } from '@/i18n/config';
import { changeOwnPasswordAction } from '../actions';

const inputClass = 'mt-1 w-full max-w-sm rounded border border-gray-400 px-3 py-2 text-start';

/** Change one's own password: the account page, and the whole admin area while a temporary password is in use. */
export async function PasswordForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Account' });
  const fields = [
    { name: 'currentPassword', label: t('currentPassword'), autoComplete: 'current-password' },
    { name: 'newPassword', label: t('newPassword'), autoComplete: 'new-password' },
    { name: 'confirmation', label: t('confirmation'), autoComplete: 'new-password' },
  ];
  return (
    <ActionForm action={changeOwnPasswordAction} submitLabel={t('submit')} pendingLabel={t('saving')} fieldLabels={Object.fromEntries(fields.map((field) => [field.name, field.label]))} resetOnSuccess>
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className="block font-bold">
            {field.label}
          </label>
          <input id={field.name} name={field.name} type="password" autoComplete={field.autoComplete} required dir="ltr" className={inputClass} />
        </div>
      ))}
    </ActionForm>
  );
}
