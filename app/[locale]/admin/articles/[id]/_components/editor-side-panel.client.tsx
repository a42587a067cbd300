'use client';

import { useTranslations } from 'next-intl';
import type { Direction } from '@/i18n/config';
import type { EditorFields, EditorPickerProps, FeaturedPreview } from './editor-types';
import { TagsField, TextField } from './editor-fields.client';
import { FeaturedImageField } from './featured-image-field.client';

interface EditorSidePanelProps {
  fields: EditorFields;
  onChange: <K extends keyof EditorFields>(key: K, value: EditorFields[K]) => void;
  editable: boolean;
  /** A correction's copy keeps the live release's address and publish time: shown, not editable. */
  addressLocked: boolean;
  dir: Direction;
  language: string;
  languageName: string;
  timeZone: string;
  categories: { id: number; name: string }[];
  knownTags: string[];
  featured: FeaturedPreview | null;
  picker: EditorPickerProps | null;
}

/**
 * Everything about the release but its title and text: beside the text on a wide screen, after it
 * on a narrow one (the editor's container decides), so the writing comes first either way.
 */
export function EditorSidePanel({ fields, onChange, editable, addressLocked, dir, language, languageName, timeZone, categories, knownTags, featured, picker }: EditorSidePanelProps) {
  const t = useTranslations('ArticleEditor');
  const text = { dir, lang: language, disabled: !editable };
  return (
    <section aria-labelledby="release-details-heading" className="flex flex-col gap-4 rounded border border-gray-200 bg-gray-50 p-3" data-testid="editor-side-panel">
      <h2 id="release-details-heading" className="text-lg font-bold">
        {t('details')}
      </h2>
      <label className="flex flex-col gap-1">
        <span className="font-bold">{t('summary')}</span>
        <textarea value={fields.summary} disabled={!editable} dir={dir} lang={language} rows={4} onChange={(event) => onChange('summary', event.target.value)} className="rounded border border-gray-300 bg-white px-3 py-2" />
      </label>
      <FeaturedImageField fieldId={fields.featuredMediaId} initial={featured} picker={editable ? picker : null} language={language} languageName={languageName} onChange={(id) => onChange('featuredMediaId', id)} />
      <TagsField label={t('tags')} addLabel={t('addTag')} removeLabel={(tag) => t('removeTag', { tag })} tags={fields.tags} known={knownTags} disabled={!editable} dir={dir} lang={language} onChange={(tags) => onChange('tags', tags)} />
      <label className="flex flex-col gap-1">
        <span className="font-bold">{t('category')}</span>
        <select
          value={fields.categoryId ?? ''}
          disabled={!editable}
          onChange={(event) => onChange('categoryId', event.target.value === '' ? null : Number(event.target.value))}
          className="rounded border border-gray-300 bg-white px-3 py-2"
        >
          <option value="">{t('noCategory')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </label>
      <TextField label={t('datelineCity')} value={fields.datelineCity} onChange={(value) => onChange('datelineCity', value)} {...text} />
      <TextField label={t('source')} value={fields.source} onChange={(value) => onChange('source', value)} {...text} />
      <TextField label={t('slug')} value={fields.slug} onChange={(value) => onChange('slug', value)} {...text} disabled={!editable || addressLocked} hint={t('slugHint')} />
      <label className="flex flex-col gap-1">
        <span className="font-bold">{t('publishAt', { zone: timeZone })}</span>
        <input
          type="datetime-local"
          step={1}
          value={fields.publishAt}
          disabled={!editable || addressLocked}
          onChange={(event) => onChange('publishAt', event.target.value)}
          className="rounded border border-gray-300 bg-white px-3 py-2"
        />
        <span className="text-sm text-muted">{t('publishAtHint')}</span>
      </label>
    </section>
  );
}
