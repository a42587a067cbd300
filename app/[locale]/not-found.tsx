import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { PublicShell } from '@/components/public-shell';

export default function LocalizedNotFound() {
  const locale = useLocale();
  const t = useTranslations('NotFound');
  return (
    <PublicShell locale={locale}>
      <div className="mx-auto max-w-xl py-16 text-center">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-4 text-muted">{t('description')}</p>
        <p className="mt-8">
          <Link href={`/${locale}`} className="font-bold text-brand-700 underline">
            {t('backHome')}
          </Link>
        </p>
      </div>
    </PublicShell>
  );
}
