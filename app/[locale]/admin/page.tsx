import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/app/_server/guards';
import type { Locale } from '@/i18n/config';

// Landing page after sign-in; the newsroom dashboard replaces it.
export default async function AdminHome({ params }: PageProps<'/[locale]/admin'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <h1 className="text-2xl font-bold">{t('welcome', { name: user.name })}</h1>
      <p className="mt-2 text-muted">{t('dashboardIntro')}</p>
    </>
  );
}
