import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { openNewsroomPage } from '@/app/_server/page-setup';
import { localeSettings, locales } from '@/i18n/config';
import { canCreateIn } from '@/lib/permissions';
import { NewArticleForm } from './new-article-form.client';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function NewArticlePage({ params }: PageProps<'/[locale]/admin/articles/new'>) {
  const { locale, user } = await openNewsroomPage((await params).locale, '/admin/articles/new');
  // Only the languages of the user's desks; none at all for a translator.
  const languages = locales.filter((code) => canCreateIn(user, code));
  if (languages.length === 0) notFound();
  const t = await getTranslations('NewArticle');
  const messages = await getMessages();
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="mb-6 text-2xl font-bold">{t('heading')}</h1>
      <NextIntlClientProvider messages={{ NewArticle: messages.NewArticle }}>
        <NewArticleForm languages={languages.map((code) => ({ locale: code, name: localeSettings[code].nativeName }))} defaultLanguage={languages.includes(locale) ? locale : languages[0]!} />
      </NextIntlClientProvider>
    </div>
  );
}
