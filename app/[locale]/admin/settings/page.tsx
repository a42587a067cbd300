import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { ActionForm } from '@/components/action-form.client';
import { listNewsroomDefaults, organizationTimeZone, publicUsesNativeDigits, twoFactorRequired } from '@/db/queries/settings';
import { directionOf, type Locale, localeSettings, locales } from '@/i18n/config';
import { Link } from '@/i18n/navigation';
import { formatDateTime, knownTimeZones } from '@/lib/dates';
import { datelineCityField, sourceField } from '@/lib/validations/settings';
import { saveNewsroomDefaultsAction, savePublicDigitsAction, saveRequireTwoFactorAction, saveTimeZoneAction } from './actions';

const inputClass = 'mt-1 w-full rounded border border-gray-400 px-3 py-2';
const sectionClass = 'mt-8 rounded border border-brand-100 p-4';

export const generateMetadata = titleMetadata('Settings', 'title');

/** What a new article of each language starts with: the stored defaults, else the language's built-in ones. */
async function effectiveDefaults() {
  const stored = listNewsroomDefaults();
  return Promise.all(
    locales.map(async (language) => {
      const builtIn = await getTranslations({
        locale: language,
        namespace: 'ArticleDefaults',
      });
      return {
        language,
        ...(stored[language] ?? {
          datelineCity: builtIn('datelineCity'),
          source: builtIn('source'),
        }),
      };
    }),
  );
}

export default async function SettingsPage({ params }: PageProps<'/[locale]/admin/settings'>) {
  const { locale } = await openAdminPage(params, 'settings.manage');
  const t = await getTranslations({ locale, namespace: 'Settings' });
  const defaults = await effectiveDefaults();
  const languageName = (language: Locale) => localeSettings[language].nativeName;
  const timeZone = organizationTimeZone();

  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>

      <section aria-labelledby="settings-defaults" className={sectionClass}>
        <h2 id="settings-defaults" className="text-lg font-bold">
          {t('defaults.heading')}
        </h2>
        <p className="mt-1 mb-4 text-sm text-muted">{t('defaults.hint')}</p>
        <ActionForm
          action={saveNewsroomDefaultsAction}
          submitLabel={t('defaults.save')}
          pendingLabel={t('saving')}
          fieldLabels={Object.fromEntries(
            locales.flatMap((language) => [
              [
                datelineCityField(language),
                t('defaults.datelineCityIn', {
                  language: languageName(language),
                }),
              ],
              [sourceField(language), t('defaults.sourceIn', { language: languageName(language) })],
            ]),
          )}
        >
          <div className="grid gap-4 md:grid-cols-3">
            {defaults.map(({ language, datelineCity, source }) => (
              <fieldset key={language} className="space-y-2 rounded bg-brand-50 p-3">
                <legend className="font-bold" lang={language}>
                  {languageName(language)}
                </legend>
                <label htmlFor={`default-city-${language}`} className="block">
                  {t('defaults.datelineCityIn', {
                    language: languageName(language),
                  })}
                </label>
                <input
                  id={`default-city-${language}`}
                  name={datelineCityField(language)}
                  defaultValue={datelineCity}
                  required
                  maxLength={100}
                  lang={language}
                  dir={directionOf(language)}
                  className={inputClass}
                />
                <label htmlFor={`default-source-${language}`} className="block">
                  {t('defaults.sourceIn', { language: languageName(language) })}
                </label>
                <input
                  id={`default-source-${language}`}
                  name={sourceField(language)}
                  defaultValue={source}
                  required
                  maxLength={100}
                  lang={language}
                  dir={directionOf(language)}
                  className={inputClass}
                />
              </fieldset>
            ))}
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="settings-public" className={sectionClass}>
        <h2 id="settings-public" className="mb-4 text-lg font-bold">
          {t('digits.heading')}
        </h2>
        <ActionForm action={savePublicDigitsAction} submitLabel={t('digits.save')} pendingLabel={t('saving')}>
          <div className="flex items-start gap-2">
            <input id="native-digits" type="checkbox" name="nativeDigits" defaultChecked={publicUsesNativeDigits()} aria-describedby="native-digits-hint" className="mt-1 size-4" />
            <div>
              <label htmlFor="native-digits" className="font-bold">
                {t('digits.label')}
              </label>
              <p id="native-digits-hint" className="text-sm text-muted">
                {t('digits.hint')}
              </p>
            </div>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="settings-security" className={sectionClass}>
        <h2 id="settings-security" className="mb-4 text-lg font-bold">
          {t('twoFactor.heading')}
        </h2>
        <ActionForm action={saveRequireTwoFactorAction} submitLabel={t('twoFactor.save')} pendingLabel={t('saving')}>
          <div className="flex items-start gap-2">
            <input id="require-two-factor" type="checkbox" name="requireTwoFactor" defaultChecked={twoFactorRequired()} aria-describedby="require-two-factor-hint" className="mt-1 size-4" />
            <div>
              <label htmlFor="require-two-factor" className="font-bold">
                {t('twoFactor.label')}
              </label>
              <p id="require-two-factor-hint" className="text-sm text-muted">
                {t('twoFactor.hint')}
              </p>
            </div>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="settings-time-zone" className={sectionClass}>
        <h2 id="settings-time-zone" className="text-lg font-bold">
          {t('timeZone.heading')}
        </h2>
        <p className="mt-1 mb-4 text-sm text-muted">{t('timeZone.hint')}</p>
        <ActionForm action={saveTimeZoneAction} submitLabel={t('timeZone.save')} pendingLabel={t('saving')} fieldLabels={{ timeZone: t('timeZone.label') }}>
          <label htmlFor="time-zone" className="font-bold">
            {t('timeZone.label')}
          </label>
          {/* Zone names are identifiers, written the same in every language. */}
          <select id="time-zone" name="timeZone" defaultValue={timeZone} dir="ltr" aria-describedby="time-zone-now" className={inputClass}>
            {knownTimeZones().map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <p id="time-zone-now" className="mt-1 text-sm text-muted">
            {t('timeZone.now', { time: formatDateTime(new Date(), locale, timeZone) })}
          </p>
        </ActionForm>
      </section>

      <section aria-labelledby="settings-glossary" className={sectionClass}>
        <h2 id="settings-glossary" className="text-lg font-bold">
          {t('glossary.heading')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('glossary.hint')}</p>
        <p className="mt-3">
          <Link href="/admin/settings/glossary" className="font-bold text-brand-700 underline">
            {t('glossary.link')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="settings-fixed" className={sectionClass}>
        <h2 id="settings-fixed" className="text-lg font-bold">
          {t('fixed.heading')}
        </h2>
        <dl className="mt-4 space-y-4">
          <div>
            <dt className="font-bold">{t('fixed.uploadLimit')}</dt>
            <dd>
              <p className="text-sm text-muted">
                {t.rich('fixed.uploadLimitHint', {
                  media: (chunks) => (
                    <Link href="/admin/media" className="font-bold text-brand-700 underline">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
