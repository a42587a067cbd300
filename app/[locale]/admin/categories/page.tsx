import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { ActionForm } from '@/components/action-form.client';
import { isolated } from '@/components/isolated';
import { listAllCategories } from '@/db/queries/categories';
import { directionOf, localeSettings, locales } from '@/i18n/config';
import { createCategoryAction, moveCategoryAction, renameCategoryAction } from './actions';

const inputClass = 'mt-1 w-full rounded border border-gray-400 px-3 py-2';

export const generateMetadata = titleMetadata('Categories', 'title');

export default async function CategoriesPage({ params }: PageProps<'/[locale]/admin/categories'>) {
  const { locale } = await openAdminPage(params, 'category.manage');
  const t = await getTranslations({ locale, namespace: 'Categories' });
  const categories = listAllCategories();
  const displayName = (translations: (typeof categories)[number]['translations']) =>
    translations[locale]?.name ?? Object.values(translations).find(Boolean)?.name ?? '—';

  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>

      <ol className="mt-6 space-y-4" aria-label={t('listCaption')}>
        {categories.map((category, index) => {
          const name = displayName(category.translations);
          return (
            <li key={category.id} className="rounded border border-brand-100 p-4">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 className="text-lg font-bold">
                  <span className="me-2 text-muted">{index + 1}.</span>
                  <bdi>{name}</bdi>
                </h2>
                <div className="flex gap-2">
                  {index > 0 ? (
                    <ActionForm action={moveCategoryAction} submitLabel={t('up')} submitAccessibleName={t('moveUp', { name })} pendingLabel={t('saving')} tone="secondary" className="flex items-center gap-2">
                      <input type="hidden" name="categoryId" value={category.id} />
                      <input type="hidden" name="direction" value="up" />
                    </ActionForm>
                  ) : null}
                  {index < categories.length - 1 ? (
                    <ActionForm action={moveCategoryAction} submitLabel={t('down')} submitAccessibleName={t('moveDown', { name })} pendingLabel={t('saving')} tone="secondary" className="flex items-center gap-2">
                      <input type="hidden" name="categoryId" value={category.id} />
                      <input type="hidden" name="direction" value="down" />
                    </ActionForm>
                  ) : null}
                </div>
              </div>
              <details className="mt-3">
                <summary className="cursor-pointer text-brand-700 underline">{t.rich('edit', { name: isolated(name) })}</summary>
                <div className="mt-3 grid gap-4 md:grid-cols-3">
                  {locales.map((language) => {
                    const current = category.translations[language];
                    const prefix = `category-${category.id}-${language}`;
                    return (
                      <ActionForm key={language} action={renameCategoryAction} submitLabel={t('save')} pendingLabel={t('saving')} fieldLabels={{ name: t('name'), slug: t('slug') }} className="space-y-2 rounded bg-brand-50 p-3">
                        <input type="hidden" name="categoryId" value={category.id} />
                        <input type="hidden" name="locale" value={language} />
                        <label htmlFor={`${prefix}-name`} className="block font-bold">
                          {t('nameIn', { language: localeSettings[language].nativeName })}
                        </label>
                        <input id={`${prefix}-name`} name="name" defaultValue={current?.name ?? ''} required lang={language} dir={directionOf(language)} className={inputClass} />
                        <label htmlFor={`${prefix}-slug`} className="block font-bold">
                          {t('slugIn', { language: localeSettings[language].nativeName })}
                        </label>
                        <input id={`${prefix}-slug`} name="slug" defaultValue={current?.slug ?? ''} lang={language} dir={directionOf(language)} className={inputClass} />
                      </ActionForm>
                    );
                  })}
                </div>
              </details>
            </li>
          );
        })}
      </ol>

      <section aria-labelledby="new-category" className="mt-10 rounded border border-brand-100 p-4">
        <h2 id="new-category" className="mb-4 text-lg font-bold">{t('newCategory')}</h2>
        <ActionForm
          action={createCategoryAction}
          submitLabel={t('create')}
          pendingLabel={t('saving')}
          resetOnSuccess
          fieldLabels={Object.fromEntries(
            locales.flatMap((language) => [
              [`name_${language}`, t('nameIn', { language: localeSettings[language].nativeName })],
              [`slug_${language}`, t('slugIn', { language: localeSettings[language].nativeName })],
            ]),
          )}
        >
          <div className="grid gap-4 md:grid-cols-3">
            {locales.map((language) => (
              <fieldset key={language} className="space-y-2">
                <legend className="font-bold" lang={language}>{localeSettings[language].nativeName}</legend>
                <label htmlFor={`new-name-${language}`} className="block">{t('nameIn', { language: localeSettings[language].nativeName })}</label>
                <input id={`new-name-${language}`} name={`name_${language}`} required lang={language} dir={directionOf(language)} className={inputClass} />
                <label htmlFor={`new-slug-${language}`} className="block">{t('slugIn', { language: localeSettings[language].nativeName })}</label>
                <input id={`new-slug-${language}`} name={`slug_${language}`} aria-describedby="slug-hint" lang={language} dir={directionOf(language)} className={inputClass} />
              </fieldset>
            ))}
          </div>
          <p id="slug-hint" className="text-sm text-muted">{t('slugHint')}</p>
        </ActionForm>
      </section>
    </>
  );
}
