'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { directionOf } from '@/i18n/config';
import { createArticleAction } from '../actions';

/** Language and title: enough to create the draft, which then opens in the editor. */
export function NewArticleForm({ languages, defaultLanguage }: { languages: { locale: string; name: string }[]; defaultLanguage: string }) {
  const t = useTranslations('NewArticle');
  const [state, action, pending] = useActionState(createArticleAction, null);
  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined);
  // The title is typed in the release's language, so it takes that language's direction.
  const [language, setLanguage] = useState(defaultLanguage);
  const titleErrorId = useId();
  const titleError = fieldError('title');
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4">
      <label className="flex flex-col gap-1">
        <span className="font-bold">{t('language')}</span>
        <select name="locale" value={language} onChange={(event) => setLanguage(event.target.value)} className="rounded border border-gray-300 px-3 py-2">
          {languages.map((language) => (
            <option key={language.locale} value={language.locale} lang={language.locale}>
              {language.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-bold">{t('title')}</span>
        <input
          name="title"
          required
          maxLength={300}
          lang={language}
          dir={directionOf(language)}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? titleErrorId : undefined}
          className="rounded border border-gray-300 px-3 py-2"
        />
        {titleError ? <span id={titleErrorId} className="text-red-800">{titleError}</span> : null}
      </label>
      {state && !state.ok ? <p className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{state.message}</p> : null}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {t('create')}
      </button>
    </form>
  );
}
