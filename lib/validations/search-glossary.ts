import { z } from 'zod';
import { normalizedWords } from '@/lib/search-text';

// Messages are keys under `FieldErrors`: the server action translates them into the UI language.

/** A set joins names of one thing; past a dozen, each query touching it costs more lookups than it earns. */
export const glossaryNamesLimit = { min: 2, max: 12 } as const;

/**
 * The names of a set as the form posts them, one per line: trimmed, blank lines dropped, repeats
 * (after search normalization, so UNESCO and unesco are one) kept once.
 */
const names = z
  .string()
  .max(2000, { error: 'tooLong' })
  .transform((text) => {
    const seen = new Set<string>();
    return text
      .split('\n')
      .map((name) => name.trim())
      .filter((name) => {
        const key = normalizedWords(name).join(' ');
        if (key === '' || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  })
  .pipe(
    z
      .array(z.string().max(100, { error: 'tooLong' }))
      .min(glossaryNamesLimit.min, { error: 'glossaryTooFew' })
      .max(glossaryNamesLimit.max, { error: 'glossaryTooMany' }),
  );

const setId = z.coerce.number().int().positive();

export const createGlossarySetSchema = z.object({ names });
export const updateGlossarySetSchema = z.object({ setId, names });
export const deleteGlossarySetSchema = z.object({ setId });
