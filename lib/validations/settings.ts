import { z } from 'zod';
import { type Locale, locales } from '@/i18n/config';
import { isTimeZone } from '@/lib/dates';
import { plainLabel } from './text';

// Messages are keys under `FieldErrors`: the server action translates them into the UI language.
// Lengths match the article's own dateline fields (lib/validations/article.ts).
const datelineCity = plainLabel(z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }));
const source = plainLabel(z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }));

/** The dateline city and source/agency a new article of one language starts with. */
export const newsroomDefaultsEntrySchema = z.object({ datelineCity, source });
export type NewsroomDefaults = z.infer<typeof newsroomDefaultsEntrySchema>;

/** Form field names: `datelineCity_<locale>` and `source_<locale>`, one pair per configured language. */
export const datelineCityField = (locale: Locale) => `datelineCity_${locale}` as const;
export const sourceField = (locale: Locale) => `source_${locale}` as const;

/** The form posts one pair of fields per language; the action receives them grouped by language. */
export const newsroomDefaultsSchema = z
  .object(
    Object.fromEntries(
      locales.flatMap((locale) => [
        [datelineCityField(locale), datelineCity],
        [sourceField(locale), source],
      ]),
    ) as Record<string, typeof datelineCity>,
  )
  .transform(
    (fields) =>
      Object.fromEntries(
        locales.map((locale) => [
          locale,
          {
            datelineCity: fields[datelineCityField(locale)]!,
            source: fields[sourceField(locale)]!,
          },
        ]),
      ) as Record<Locale, NewsroomDefaults>,
  );

/** A checkbox posts "on" when ticked and nothing at all when not. */
export const publicDigitsSchema = z.object({
  nativeDigits: z
    .literal('on')
    .optional()
    .transform((value) => value === 'on'),
});

/** "Require two-factor sign-in for reviewers and admins": a checkbox, as above. */
export const requireTwoFactorSchema = z.object({
  requireTwoFactor: z
    .literal('on')
    .optional()
    .transform((value) => value === 'on'),
});

/** The organization's time zone, chosen from the IANA zones the runtime knows. */
export const timeZoneSettingSchema = z.object({
  timeZone: z.string().trim().refine(isTimeZone, { error: 'timeZone' }),
});
