import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { demoMode } from '@/lib/env';

/**
 * Tells every member of staff, on each staff page, that this is the demo: its accounts open with
 * a published password, so nothing real belongs here. Renders nothing in a real installation.
 * A labelled region rather than a bare note: it sits outside the page's other landmarks, and
 * screen-reader users move between landmarks.
 */
export async function DemoBanner({ locale }: { locale: Locale }) {
  if (!demoMode) return null;
  const t = await getTranslations({ locale, namespace: 'DemoBanner' });
  return (
    <section aria-label={t('label')} className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm font-bold text-amber-900">
      <p>{t('text')}</p>
    </section>
  );
}
