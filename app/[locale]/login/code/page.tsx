import { cookies } from 'next/headers';
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
import { challengeCookie } from '@/lib/two-factor';
import { signInWithCodeAction } from '../actions';

export const generateMetadata = titleMetadata('Login', 'codeMetaTitle', { robots: { index: false } });

/** The sign-in's second step, reached only from the first (which leaves the challenge cookie). */
export default async function SignInCodePage({ params, searchParams }: PageProps<'/[locale]/login/code'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const callbackUrl = safeLocalPath(firstParam((await searchParams).callbackUrl), `/${locale}/admin`);
  if (await getCurrentUser()) redirect(callbackUrl);
  // The cookie is scoped to one language's sign-in pages: a change of language starts again.
  if (!(await cookies()).has(challengeCookie)) redirect(`/${locale}/login?${new URLSearchParams({ callbackUrl })}`);

  const t = await getTranslations({ locale, namespace: 'Login' });
  const alternates = Object.fromEntries(locales.map((other) => [other, `/${other}/login`]));
  return (
    <PublicShell locale={locale} alternates={alternates} banner={<DemoBanner locale={locale} />}>
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold">{t('codeTitle')}</h1>
        <p className="mt-2 text-muted" id="code-intro">
          {t('codeIntro')}
        </p>
        <ActionForm action={signInWithCodeAction} submitLabel={t('codeSubmit')} pendingLabel={t('submitting')} className="mt-6 space-y-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <TextField
            id="code"
            label={t('code')}
            hint={t('codeHint')}
            required
            autoComplete="one-time-code"
            spellCheck={false}
            dir="ltr"
            aria-describedby="code-intro"
            inputClassName={`${textInputClass} text-start font-mono tracking-widest`}
          />
        </ActionForm>
        <p className="mt-6">
          <a href={`/${locale}/login`} className="text-brand-700 underline">
            {t('startAgain')}
          </a>
        </p>
      </div>
    </PublicShell>
  );
}
