import { getTranslations } from 'next-intl/server';
import type { MediaUsages } from '@/db/queries/media';
import { isLocale, type Locale, localeSettings } from '@/i18n/config';
import { Link } from '@/i18n/navigation';
import { InLanguage } from '@/components/in-language';

/**
 * The articles using an image that the viewer may open, each title in its own language and linking
 * to its editor, with language and status; the others only as a count.
 */
export async function UsageList({ locale, usedIn }: { locale: Locale; usedIn: MediaUsages }) {
  const t = await getTranslations({ locale, namespace: 'Media' });
  if (usedIn.visible.length === 0 && usedIn.hidden === 0) return <p className="text-muted">{t('library.unused')}</p>;
  return (
    <div>
      <p className="font-bold">{t('library.usedIn')}</p>
      <ul className="list-disc ps-5">
        {usedIn.visible.map((article) => (
          <li key={article.id}>
            <Link href={`/admin/articles/${article.id}`} className="text-brand-700 underline">
              <InLanguage locale={article.locale}>{article.title}</InLanguage>
            </Link>{' '}
            ({isLocale(article.locale) ? localeSettings[article.locale].nativeName : article.locale}, {t(`status.${article.status}`)})
          </li>
        ))}
        {usedIn.hidden > 0 ? <li data-testid="other-uses">{t('details.otherArticles', { count: usedIn.hidden })}</li> : null}
      </ul>
    </div>
  );
}
