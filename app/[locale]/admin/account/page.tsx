import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePermission } from '@/app/_server/guards';
import type { Locale } from '@/i18n/config';
import { PasswordForm } from './_components/password-form';
import { TwoFactorSection } from './_components/two-factor-section';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/account'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Account' });
  return { title: t('title') };
}

export default async function AccountPage({ params }: PageProps<'/[locale]/admin/account'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requirePermission(locale, 'account.changePassword');
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
