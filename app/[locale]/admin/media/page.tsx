import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { openNewsroomPage } from '@/app/_server/page-setup';
import { MediaUploader } from '@/components/media/media-uploader.client';
import { getUploadLimits, listMedia, type MediaFilter } from '@/db/queries/media';
import { isLocale, localeSettings, locales } from '@/i18n/config';
import { Link } from '@/i18n/navigation';
import { toLibraryImage } from '@/lib/media/library-image';
import { megabytesOf } from '@/lib/media/process';
import { can } from '@/lib/permissions';
import { UploadLimitForm } from './_components/upload-limit-form.client';
import { UsageList } from './_components/usage-list';
import { uploaderStrings } from './media-ui';

const filters: MediaFilter[] = ['all', 'unused', 'mine'];

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/media'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'ar', namespace: 'Media' });
  return { title: t('title'), robots: { index: false } };
}

export default async function MediaLibraryPage({ params, searchParams }: PageProps<'/[locale]/admin/media'>) {
  const { locale, user } = await openNewsroomPage((await params).locale, '/admin/media', 'media.upload');
  const query = await searchParams;
  const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const filter = filters.find((candidate) => candidate === query.filter) ?? 'all';
  const path = `/${locale}/admin/media`;

  const t = await getTranslations({ locale, namespace: 'Media' });
  const items = listMedia({ viewer: user, query: q, filter });

  return (
    <div className="mx-auto w-full max-w-6xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>

      <div className="mt-6">
        <MediaUploader locale={locale} refreshWhenDone libraryPath={path} strings={await uploaderStrings(locale)} />
      </div>
      {can(user, 'media.settings') ? (
        <div className="mt-6">
          <UploadLimitForm
            megabytes={megabytesOf(getUploadLimits().maxBytes)}
            strings={{ heading: t('limit.heading'), label: t('limit.label'), hint: t('limit.hint'), save: t('limit.save') }}
          />
        </div>
      ) : null}

      <form method="get" action={path} role="search" className="mt-8 flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col">
          <label htmlFor="media-search" className="text-sm font-bold">
            {t('library.search')}
          </label>
          <input id="media-search" type="search" name="q" defaultValue={q} dir="auto" className="mt-1 rounded border border-muted px-3 py-2" />
        </div>
        <div className="flex flex-col">
          <label htmlFor="media-filter" className="text-sm font-bold">
            {t('library.filter')}
          </label>
          <select id="media-filter" name="filter" defaultValue={filter} className="mt-1 rounded border border-muted px-3 py-2">
            <option value="all">{t('library.filterAll')}</option>
            <option value="unused">{t('library.filterUnused')}</option>
            <option value="mine">{t('library.filterMine')}</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800">
          {t('library.searchButton')}
        </button>
      </form>

      {query.deleted ? (
        <p role="status" className="mt-6 rounded bg-brand-50 p-3 text-brand-800">
          {t('details.deleted')}
        </p>
      ) : null}
      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {t('library.count', { count: items.length })}
      </p>
      {items.length === 0 ? (
        <p className="mt-4">{t('library.empty')}</p>
      ) : (
        <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => {
            const image = toLibraryImage(item);
            return (
              <li key={item.id}>
                <article aria-labelledby={`media-${item.id}`} className="flex h-full flex-col rounded border border-brand-100">
                  {/* eslint-disable-next-line @next/next/no-img-element -- stored variants are already sized; next/image would re-encode them */}
                  <img
                    src={image.thumbnail}
                    alt={item.texts[locale]?.alt ?? ''}
                    width={item.width}
                    height={item.height}
                    loading="lazy"
                    decoding="async"
                    className="aspect-[3/2] w-full rounded-t object-cover"
                    style={item.placeholder ? { backgroundColor: item.placeholder } : undefined}
                  />
                  <div className="flex flex-1 flex-col gap-2 p-3 text-sm">
                    <h2 id={`media-${item.id}`} className="text-base font-bold">
                      {t('details.title', { id: item.id })}
                    </h2>
                    <p>{item.credit ? t('library.credit', { credit: item.credit }) : <span className="text-muted">{t('library.noCredit')}</span>}</p>
                    <ul aria-label={t('library.altStatus')} className="flex flex-wrap gap-2">
                      {locales.map((language) => {
                        const written = (item.texts[language]?.alt ?? '').trim() !== '';
                        const name = localeSettings[language].nativeName;
                        return (
                          <li key={language} className={`rounded px-2 ${written ? 'bg-brand-50 text-brand-800' : 'bg-amber-50 text-amber-900'}`}>
                            {written ? t('library.altPresent', { language: name }) : t('library.altMissing', { language: name })}
                          </li>
                        );
                      })}
                    </ul>
                    <UsageList locale={locale} usedIn={item.usedIn} />
                    <p className="mt-auto">
                      <Link href={`/admin/media/${item.id}`} aria-label={t('library.editOf', { id: item.id })} className="font-bold text-brand-700 underline">
                        {t('library.edit')}
                      </Link>
                    </p>
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
