import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <footer className="site-footer">
      <div>
        <p>{t('footerNote')}</p>
        <p>{t('footerRights', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
