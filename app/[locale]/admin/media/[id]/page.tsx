import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openNewsroomPage } from '@/app/_server/page-setup';
import { isolated } from '@/components/isolated';
import { getMedia } from '@/db/queries/media';
import { organizationTimeZone } from '@/db/queries/settings';
import { directionOf, isLocale, localeSettings, locales } from '@/i18n/config';
import { formatPublicationDate } from '@/lib/dates';
import { formatOfMimeType } from '@/lib/media/detect';
import { mediaFileUrl, originalFile } from '@/lib/media/files';
import { toLibraryImage } from '@/lib/media/library-image';
import { canEditMedia } from '@/lib/permissions';
import { UsageList } from '../_components/usage-list';
import { MediaDetailsForm } from './media-details-form.client';
import { BackLink } from '@/components/admin/back-link';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/media/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'ar', namespace: 'Media.details' });
  return { title: t('title', { id }), robots: { index: false } };
}

export default async function MediaDetailsPage({ params }: PageProps<'/[locale]/admin/media/[id]'>) {
  const { locale: requested, id: rawId } = await params;
  const { locale, user } = await openNewsroomPage(requested, `/admin/media/${rawId}`);
  const id = Number(rawId);
  const item = Number.isInteger(id) && id > 0 ? getMedia({ viewer: user, id }) : null;
  if (!item) notFound();

  const t = await getTranslations({ locale, namespace: 'Media' });
  const size = new Intl.NumberFormat(`${localeSettings[locale].intlLocale}-u-nu-latn`, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(item.bytes / (1024 * 1024));
  const format = formatOfMimeType(item.mimeType);

  return (
    <div className="mx-auto w-full max-w-4xl">
      <BackLink href="/admin/media">{t('details.back')}</BackLink>
      <h1 className="mt-4 text-3xl font-bold">{t('details.title', { id: item.id })}</h1>
      {/* eslint-disable-next-line @next/next/no-img-element -- stored variants are already sized; next/image would re-encode them */}
      <img
        src={toLibraryImage(item).src}
        alt={item.texts[locale]?.alt ?? ''}
        width={item.width}
        height={item.height}
        className="mt-4 h-auto max-h-[28rem] w-auto max-w-full rounded"
        style={item.placeholder ? { backgroundColor: item.placeholder } : undefined}
      />
      <p className="mt-2 text-sm text-muted">
        {t.rich('details.facts', {
          width: item.width,
          height: item.height,
          size,
          name: isolated(item.uploadedBy?.name ?? t('details.unknownUploader')),
          date: formatPublicationDate(item.createdAt, locale, { timeZone: organizationTimeZone() }).gregorian,
        })}
        {format ? (
          <>
            {' · '}
            <a href={mediaFileUrl(item.contentHash, originalFile(format))} className="text-brand-700 underline">
              {t('details.original')}
            </a>
          </>
        ) : null}
      </p>
      <section className="mt-4">
        <UsageList locale={locale} usedIn={item.usedIn} />
        <p className="mt-2 text-sm text-muted">{t('details.reviewedTexts')}</p>
      </section>
      <MediaDetailsForm
        id={item.id}
        credit={item.credit}
        canEdit={canEditMedia(user, { uploadedById: item.uploadedBy?.id ?? null })}
        libraryPath={`/${locale}/admin/media`}
        languages={locales.map((language) => ({
          locale: language,
          name: localeSettings[language].nativeName,
          dir: directionOf(language),
          alt: item.texts[language]?.alt ?? '',
          caption: item.texts[language]?.caption ?? '',
        }))}
        strings={{
          credit: t('details.credit'),
          legends: Object.fromEntries(locales.map((language) => [language, t('details.texts', { language: localeSettings[language].nativeName })])),
          alt: t('details.alt'),
          altHint: t('details.altHint'),
          caption: t('details.caption'),
          save: t('details.save'),
          saving: t('details.saving'),
          readOnly: t('details.readOnly'),
          delete: t('details.delete'),
          deleteHint: t('details.deleteHint'),
          deleting: t('details.deleting'),
        }}
      />
    </div>
  );
}
