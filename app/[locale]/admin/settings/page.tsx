import { Fragment } from 'react';
import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { ActionForm } from '@/components/action-form.client';
import { listNewsroomDefaults, organizationTimeZone, publicUsesNativeDigits, twoFactorRequired } from '@/db/queries/settings';
import { directionOf, type Locale, localeSettings, locales } from '@/i18n/config';
import { Link } from '@/i18n/navigation';
import { formatDateTime, knownTimeZones } from '@/lib/dates';
import { datelineCityField, sourceField } from '@/lib/validations/settings';
import { CheckboxSetting, SettingsSection } from './_components/settings-section';
import { saveNewsroomDefaultsAction, savePublicDigitsAction, saveRequireTwoFactorAction, saveTimeZoneAction } from './actions';

const inputClass = 'mt-1 w-full rounded border border-gray-400 px-3 py-2';

/** The two texts a new article of each language starts with, in the order the form shows them. */
const defaultFields = [
  { key: 'datelineCity', idStem: 'default-city', name: datelineCityField, label: 'defaults.datelineCityIn' },
  { key: 'source', idStem: 'default-source', name: sourceField, label: 'defaults.sourceIn' },
] as const;

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

      <SettingsSection id="settings-defaults" heading={t('defaults.heading')} hint={t('defaults.hint')}>
        <ActionForm
          action={saveNewsroomDefaultsAction}
          submitLabel={t('defaults.save')}
          pendingLabel={t('saving')}
          fieldLabels={Object.fromEntries(locales.flatMap((language) => defaultFields.map(({ name, label }) => [name(language), t(label, { language: languageName(language) })])))}
        >
          <div className="grid gap-4 md:grid-cols-3">
            {defaults.map((values) => (
              <fieldset key={values.language} className="space-y-2 rounded bg-brand-50 p-3">
                <legend className="font-bold" lang={values.language}>
                  {languageName(values.language)}
                </legend>
                {defaultFields.map(({ key, idStem, name, label }) => (
                  <Fragment key={key}>
                    <label htmlFor={`${idStem}-${values.language}`} className="block">
                      {t(label, { language: languageName(values.language) })}
                    </label>
                    <input
                      id={`${idStem}-${values.language}`}
                      name={name(values.language)}
                      defaultValue={values[key]}
                      required
                      maxLength={100}
                      lang={values.language}
                      dir={directionOf(values.language)}
                      className={inputClass}
                    />
                  </Fragment>
                ))}
              </fieldset>
            ))}
          </div>
        </ActionForm>
      </SettingsSection>

      <SettingsSection id="settings-public" heading={t('digits.heading')}>
        <ActionForm action={savePublicDigitsAction} submitLabel={t('digits.save')} pendingLabel={t('saving')}>
          <CheckboxSetting id="native-digits" name="nativeDigits" label={t('digits.label')} hint={t('digits.hint')} defaultChecked={publicUsesNativeDigits()} />
        </ActionForm>
      </SettingsSection>

      <SettingsSection id="settings-security" heading={t('twoFactor.heading')}>
        <ActionForm action={saveRequireTwoFactorAction} submitLabel={t('twoFactor.save')} pendingLabel={t('saving')}>
          <CheckboxSetting id="require-two-factor" name="requireTwoFactor" label={t('twoFactor.label')} hint={t('twoFactor.hint')} defaultChecked={twoFactorRequired()} />
        </ActionForm>
      </SettingsSection>

      <SettingsSection id="settings-time-zone" heading={t('timeZone.heading')} hint={t('timeZone.hint')}>
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
      </SettingsSection>

      <SettingsSection id="settings-glossary" heading={t('glossary.heading')} hint={t('glossary.hint')}>
        <p>
          <Link href="/admin/settings/glossary" className="font-bold text-brand-700 underline">
            {t('glossary.link')}
          </Link>
        </p>
      </SettingsSection>

      <SettingsSection id="settings-fixed" heading={t('fixed.heading')}>
        <dl className="space-y-4">
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
      </SettingsSection>
    </>
  );
}
