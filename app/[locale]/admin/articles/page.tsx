import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePermission } from '@/app/_server/guards';
import { ArticleTable } from '@/components/admin/article-table';
import { Pagination } from '@/components/pagination';
import { listNewsroomArticles } from '@/db/queries/newsroom-lists';
import { organizationTimeZone } from '@/db/queries/settings';
import { isLocale, type Locale, localeSettings, locales } from '@/i18n/config';
import { articleStatuses, type ArticleStatus } from '@/lib/domain';
import { listLanguages } from '@/lib/desks';
import { formatCursor, listPosition } from '@/lib/list-cursor';
import { pageFromQuery } from '@/lib/paths';
import { can } from '@/lib/permissions';
import { NewArticleLink } from '@/components/admin/new-article-link';

export const metadata: Metadata = { robots: { index: false, follow: false } };

const pageSize = 25;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export default async function ArticlesPage({ params, searchParams }: PageProps<'/[locale]/admin/articles'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  // Translators too: the list is where they find releases to translate.
  const user = await requirePermission(locale, 'admin.access');
  const search = await searchParams;
  const status = articleStatuses.find((candidate) => candidate === single(search.status)) as ArticleStatus | undefined;
  const language = single(search.language);
  const query = single(search.q).slice(0, 200);
  const page = pageFromQuery(search.page);
  // Unless the user chose, the list shows their desks' languages.
  const filter = { status, locales: listLanguages(user, language || undefined), query };
  const position = listPosition(search, page);
  const { rows, total, first, last } = listNewsroomArticles({ viewer: user, seesAll: can(user, 'article.viewAll'), filter, position, pageSize });

  const [t, tStatus, tPages] = await Promise.all([
    getTranslations({ locale, namespace: 'ArticleList' }),
    getTranslations({ locale, namespace: 'ArticleStatus' }),
    getTranslations({ locale, namespace: 'Pagination' }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  // Previous and next pages are asked for by the row they precede or follow (keyset), the page
  // number riding along for "page n of m"; page 1 needs neither.
  const hrefFor = (target: number) => {
    const cursor: Record<string, string> = target === 1 ? {} : target > page && last ? { after: formatCursor(last) } : target < page && first ? { before: formatCursor(first) } : {};
    const query = new URLSearchParams({ ...(filter.status ? { status: filter.status } : {}), ...(language === 'all' || isLocale(language) ? { language } : {}), ...(filter.query ? { q: filter.query } : {}), ...cursor, page: String(target) });
    return `/${locale}/admin/articles?${query.toString()}`;
  };
  const fieldClass = 'mt-1 block w-full rounded border border-gray-400 px-3 py-2';

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="articles-heading" className="text-2xl font-bold">
          {t('heading')}
        </h1>
        <NewArticleLink viewer={user} label={t('newArticle')} />
      </div>
      {/* A plain GET form: filters live in the address, so a filtered list can be bookmarked or shared. */}
      <form role="search" aria-label={t('filters')} className="grid gap-3 sm:grid-cols-4 sm:items-end">
        <label className="sm:col-span-2">
          <span className="text-sm font-bold">{t('query')}</span>
          <input type="search" name="q" defaultValue={filter.query} dir="auto" className={fieldClass} />
        </label>
        <label>
          <span className="text-sm font-bold">{t('status')}</span>
          <select name="status" defaultValue={filter.status ?? ''} className={fieldClass}>
            <option value="">{t('any')}</option>
            {articleStatuses.map((value) => (
              <option key={value} value={value}>
                {tStatus(value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="text-sm font-bold">{t('language')}</span>
          <select name="language" defaultValue={language === 'all' || isLocale(language) ? language : ''} className={fieldClass}>
            {user.languages ? (
              <>
                <option value="">{t('myLanguages', { languages: user.languages.map((code) => localeSettings[code].nativeName).join(' · ') })}</option>
                <option value="all">{t('allLanguages')}</option>
              </>
            ) : (
              <option value="">{t('any')}</option>
            )}
            {locales.map((value) => (
              <option key={value} value={value} lang={value}>
                {localeSettings[value].nativeName}
              </option>
            ))}
          </select>
        </label>
        <div className="sm:col-span-4">
          <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-bold text-brand-800 hover:bg-brand-50">
            {t('apply')}
          </button>
        </div>
      </form>
      <p className="text-sm text-muted" role="status">
        {t('count', { count: total })}
      </p>
      <ArticleTable id="articles-heading" rows={rows} locale={locale} now={new Date()} timeZone={organizationTimeZone()} />
      <Pagination
        page={page}
        pageCount={pageCount}
        href={hrefFor}
        labels={{ nav: tPages('label'), previous: tPages('previous'), next: tPages('next'), status: tPages('page', { page, count: pageCount }) }}
      />
    </div>
  );
}
