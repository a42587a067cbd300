import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { formatPublicationDate, type PublicDateStyle } from '@/lib/dates';

/**
 * The corrections readers are told of, at the end of the article, in its language, oldest first:
 * each note stays once a later correction comes, so the record of what changed is never rewritten.
 */
export async function CorrectionNotes({ notes, locale, dates }: { notes: { note: string; appliedAt: Date }[]; locale: Locale; dates: PublicDateStyle }) {
  if (notes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <section aria-labelledby="corrections-heading" className="mt-8 border-s-4 border-amber-500 bg-amber-50 p-4" data-testid="correction-notes">
      <h2 id="corrections-heading" className="text-base font-bold">
        {t('corrections')}
      </h2>
      <ul className="mt-2 flex flex-col gap-2">
        {notes.map(({ note, appliedAt }) => {
          const date = formatPublicationDate(appliedAt, locale, dates);
          return (
            <li key={appliedAt.toISOString()}>
              <time dateTime={date.iso} className="font-bold">
                {date.gregorian}
              </time>
              {': '}
              {note}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
