import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { ActionForm } from '@/components/action-form.client';
import { listSearchGlossary } from '@/db/queries/search-glossary';
import { glossaryNamesLimit } from '@/lib/validations/search-glossary';
import { createGlossarySetAction, deleteGlossarySetAction, updateGlossarySetAction } from './actions';
import { BackLink } from '@/components/admin/back-link';

const textareaClass = 'mt-1 w-full rounded border border-gray-400 px-3 py-2';

export const generateMetadata = titleMetadata('Glossary', 'title');

export default async function GlossaryPage({ params }: PageProps<'/[locale]/admin/settings/glossary'>) {
  const { locale } = await openAdminPage(params, 'settings.manage');
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const sets = listSearchGlossary();
  const hint = t('namesHint', glossaryNamesLimit);

  return (
    <>
      <BackLink href="/admin/settings">{t('back')}</BackLink>
      <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>

      <section aria-labelledby="glossary-new" className="mt-8 rounded border border-brand-100 p-4">
        <h2 id="glossary-new" className="mb-4 text-lg font-bold">
          {t('newSet')}
        </h2>
        <ActionForm action={createGlossarySetAction} submitLabel={t('create')} pendingLabel={t('saving')} resetOnSuccess fieldLabels={{ names: t('names') }}>
          <label htmlFor="glossary-new-names" className="block font-bold">
            {t('names')}
          </label>
          <textarea id="glossary-new-names" name="names" rows={4} required dir="auto" aria-describedby="glossary-names-hint" className={textareaClass} />
          <p id="glossary-names-hint" className="text-sm text-muted">
            {hint}
          </p>
        </ActionForm>
      </section>

      {sets.length === 0 ? (
        <p className="mt-8">{t('empty')}</p>
      ) : (
        <ol className="mt-8 space-y-4" aria-label={t('listCaption')}>
          {sets.map((set) => {
            const label = set.names.join(' · ');
            return (
              <li key={set.id} className="rounded border border-brand-100 p-4">
                <h2 className="text-lg font-bold" dir="auto">
                  <bdi>{label}</bdi>
                </h2>
                <details className="mt-3">
                  <summary className="cursor-pointer text-brand-700 underline">{t('edit', { names: label })}</summary>
                  <div className="mt-3 flex flex-wrap items-end gap-4">
                    <ActionForm action={updateGlossarySetAction} submitLabel={t('save')} pendingLabel={t('saving')} fieldLabels={{ names: t('names') }} className="min-w-64 flex-1 space-y-2">
                      <input type="hidden" name="setId" value={set.id} />
                      <label htmlFor={`glossary-${set.id}-names`} className="block font-bold">
                        {t('names')}
                      </label>
                      <textarea id={`glossary-${set.id}-names`} name="names" rows={Math.max(3, set.names.length)} required dir="auto" defaultValue={set.names.join('\n')} aria-describedby="glossary-names-hint" className={textareaClass} />
                    </ActionForm>
                    <ActionForm action={deleteGlossarySetAction} submitLabel={t('delete')} submitAccessibleName={t('deleteSet', { names: label })} pendingLabel={t('saving')} tone="danger">
                      <input type="hidden" name="setId" value={set.id} />
                    </ActionForm>
                  </div>
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
