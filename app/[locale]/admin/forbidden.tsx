import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';

// Rendered, with status 403, when an admin page calls forbidden() (see app/_server/guards.ts).
export default async function AdminForbidden() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'Forbidden' });
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        403
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-muted">{t('description')}</p>
      <p className="mt-8">
        <Link href={`/${locale}/admin`} className="font-bold text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
