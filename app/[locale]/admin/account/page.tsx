import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { PasswordForm } from './_components/password-form';
import { TwoFactorSection } from './_components/two-factor-section';

export const generateMetadata = titleMetadata('Account', 'title');

export default async function AccountPage({ params }: PageProps<'/[locale]/admin/account'>) {
  const { locale, user } = await openAdminPage(params, 'account.changePassword');
  const t = await getTranslations({ locale, namespace: 'Account' });
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 mb-6 text-muted">{t('intro')}</p>
      <PasswordForm locale={locale} />
      <TwoFactorSection locale={locale} user={user} continueTo={`/${locale}/admin/account`} />
    </>
  );
}
