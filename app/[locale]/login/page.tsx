import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleMetadata } from '@/app/_server/page-setup';
import { getCurrentUser } from '@/auth';
import { ActionForm } from '@/components/action-form.client';
import { DemoBanner } from '@/components/demo-banner';
import { PublicShell } from '@/components/public-shell';
import { TextField, textInputClass } from '@/components/text-field';
import { type Locale, locales } from '@/i18n/config';
import { firstParam } from '@/lib/paths';
import { safeLocalPath } from '@/lib/safe-redirect';
import { signInWithPasswordAction } from './actions';

export const generateMetadata = titleMetadata('Login', 'metaTitle', { robots: { index: false } });

export default async function LoginPage({ params, searchParams }: PageProps<'/[locale]/login'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const callbackUrl = safeLocalPath(firstParam(query.callbackUrl), `/${locale}/admin`);
  // Someone already signed in (and still active) has nothing to do here.
  if (await getCurrentUser()) redirect(callbackUrl);

  const t = await getTranslations({ locale, namespace: 'Login' });
  // The way back survives a change of language only when one was asked for; otherwise each language lands on its own dashboard.
  const requested = firstParam(query.callbackUrl) ? `?${new URLSearchParams({ callbackUrl })}` : '';
  const alternates = Object.fromEntries(locales.map((other) => [other, `/${other}/login${requested}`]));

  return (
    <PublicShell locale={locale} alternates={alternates} banner={<DemoBanner locale={locale} />}>
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-muted">{t('intro')}</p>
        {firstParam(query.reason) === 'signedOut' ? <p className="mt-4 rounded border border-brand-100 bg-brand-50 p-3">{t('signedOut')}</p> : null}
        <ActionForm action={signInWithPasswordAction} submitLabel={t('submit')} pendingLabel={t('submitting')} className="mt-6 space-y-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <TextField id="email" label={t('email')} type="email" autoComplete="username" required dir="ltr" inputClassName={`${textInputClass} text-start`} />
          <TextField id="password" label={t('password')} type="password" autoComplete="current-password" required dir="ltr" inputClassName={`${textInputClass} text-start`} />
        </ActionForm>
      </div>
    </PublicShell>
  );
}
