import { z } from 'zod';
import { locales } from '@/i18n/config';
import { plainLabel } from './text';

const categoryId = z.coerce.number().int().positive();
const name = plainLabel(z.string().trim().min(1, { error: 'required' }).max(80, { error: 'tooLong' }));
/** Empty means "derive it from the name"; otherwise lowercase letters (any script), digits and single hyphens. */
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, { error: 'tooLong' })
  .regex(/^$|^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, { error: 'slug' });

/** Field names `name_<locale>` and `slug_<locale>`, one pair per configured language. */
const perLanguage: Record<string, z.ZodType<string, string>> = Object.fromEntries(
  locales.flatMap((locale) => [
    [`name_${locale}`, name],
    [`slug_${locale}`, slug],
  ]),
);
export const createCategorySchema = z.object(perLanguage);

export const renameCategorySchema = z.object({ categoryId, locale: z.enum(locales), name, slug });

export const moveCategorySchema = z.object({ categoryId, direction: z.enum(['up', 'down']) });
