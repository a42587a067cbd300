import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <footer className="mt-16 border-t border-brand-100 bg-brand-50 text-sm text-muted print:hidden">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p>{t('footerNote')}</p>
        <p>{t('footerRights', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
