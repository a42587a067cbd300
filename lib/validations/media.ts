import { z } from 'zod';
import { locales } from '@/i18n/config';
import { plainLabel } from './text';

const text = (max: number) => z.string().trim().max(max, { error: 'tooLong' });

/** One language's texts of a library image; an empty alt text means "not written yet". */
export const mediaTextsSchema = z.object({ alt: text(300), caption: text(600) });

/** The details form of a library image: credit, then alt text and caption per language. */
export const mediaDetailsSchema = z.object({
  id: z.coerce.number().int().positive(),
  credit: plainLabel(text(200)),
  texts: z.object(Object.fromEntries(locales.map((locale) => [locale, mediaTextsSchema])) as Record<(typeof locales)[number], typeof mediaTextsSchema>),
});

export type MediaDetailsInput = z.infer<typeof mediaDetailsSchema>;

export const mediaIdSchema = z.object({ id: z.coerce.number().int().positive() });

/** The details form's fields (`credit`, `texts.<locale>.alt`, `texts.<locale>.caption`) as the schema's shape. */
export function mediaDetailsFromForm(formData: FormData): unknown {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    id: field('id'),
    credit: field('credit'),
    texts: Object.fromEntries(locales.map((locale) => [locale, { alt: field(`texts.${locale}.alt`), caption: field(`texts.${locale}.caption`) }])),
  };
}

/** The upload limit an administrator may set, in megabytes: large enough for press photos, small enough for the server. */
export const uploadLimitSchema = z.object({ megabytes: z.coerce.number().min(1).max(50) });
