import 'server-only';
import { eq } from 'drizzle-orm';
import { type Locale, locales } from '@/i18n/config';
import { defaultTimeZone } from '@/lib/env';
import { isTimeZone, type PublicDateStyle } from '@/lib/dates';
import type { Actor } from '@/lib/permissions';
import { type NewsroomDefaults, newsroomDefaultsEntrySchema } from '@/lib/validations/settings';
import { db } from '../index';
import { settings } from '../schema';
import { recordAudit } from './audit';

export type { NewsroomDefaults };

/** The settings rows this module owns, by key. */
export const settingKeys = {
  newsroomDefaults: 'newsroom.defaults',
  publicNativeDigits: 'public.nativeDigits',
  timeZone: 'organization.timeZone',
  requireTwoFactor: 'security.requireTwoFactor',
} as const;

type SettingKey = (typeof settingKeys)[keyof typeof settingKeys];

function readSetting(key: SettingKey): unknown {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

/** Stores a setting and its audit entry (previous and new value) in one transaction. */
function writeSetting({ actor, key, value }: { actor: Actor; key: SettingKey; value: unknown }): void {
  db.transaction((tx) => {
    const previous = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value ?? null;
    tx.insert(settings)
      .values({ key, value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } })
      .run();
    recordAudit(tx, { actorId: actor.id, action: 'settings.update', entityType: 'setting', entityId: key, details: { previous, value } });
  });
}

/**
 * The stored dateline city and source/agency per language: setting `newsroom.defaults` =
 * `{ "<locale>": { "datelineCity": …, "source": … } }`. A language without a valid entry is absent
 * (its `ArticleDefaults` messages apply), so one damaged entry never hides the others.
 */
export function listNewsroomDefaults(): Partial<Record<Locale, NewsroomDefaults>> {
  const value = readSetting(settingKeys.newsroomDefaults);
  if (typeof value !== 'object' || value === null) return {};
  const stored = value as Record<string, unknown>;
  return Object.fromEntries(
    locales.flatMap((locale) => {
      const entry = newsroomDefaultsEntrySchema.safeParse(stored[locale]);
      return entry.success ? [[locale, entry.data]] : [];
    }),
  );
}

/** The defaults a new article or translation of `locale` starts with; null when none are stored. */
export function getNewsroomDefaults({ locale }: { locale: string }): NewsroomDefaults | null {
  const defaults = listNewsroomDefaults();
  return Object.hasOwn(defaults, locale) ? (defaults[locale as Locale] ?? null) : null;
}

export function setNewsroomDefaults({ actor, defaults }: { actor: Actor; defaults: Record<Locale, NewsroomDefaults> }): void {
  writeSetting({ actor, key: settingKeys.newsroomDefaults, value: defaults });
}

/** Whether dates on public pages use Arabic-Indic digits (setting `public.nativeDigits`); off by default, as the organization's releases write Western digits. */
export function publicUsesNativeDigits(): boolean {
  return readSetting(settingKeys.publicNativeDigits) === true;
}

export function setPublicNativeDigits({ actor, enabled }: { actor: Actor; enabled: boolean }): void {
  writeSetting({ actor, key: settingKeys.publicNativeDigits, value: enabled });
}

/**
 * The organization's time zone (setting `organization.timeZone`): embargo and publish times are
 * typed and shown in it, and a release's day is counted in it. `BAYAN_TIME_ZONE` (else
 * Asia/Riyadh) until an administrator chooses one.
 */
export function organizationTimeZone(): string {
  const stored = readSetting(settingKeys.timeZone);
  return typeof stored === 'string' && isTimeZone(stored) ? stored : defaultTimeZone;
}

export function setOrganizationTimeZone({ actor, timeZone }: { actor: Actor; timeZone: string }): void {
  writeSetting({ actor, key: settingKeys.timeZone, value: timeZone });
}

/** How public pages write dates: the organization's zone and digits. */
export function publicDateStyle(): PublicDateStyle {
  return { timeZone: organizationTimeZone(), nativeDigits: publicUsesNativeDigits() };
}

/** Whether reviewers and admins must sign in with a second factor (setting `security.requireTwoFactor`); off by default. */
export function twoFactorRequired(): boolean {
  return readSetting(settingKeys.requireTwoFactor) === true;
}

export function setTwoFactorRequired({ actor, enabled }: { actor: Actor; enabled: boolean }): void {
  writeSetting({ actor, key: settingKeys.requireTwoFactor, value: enabled });
}
