import { stripTashkeel } from './arabic';
import { containsBidiControls } from './bidi';

/**
 * A URL slug from a title. Arabic (and other non-Latin) letters are kept as they are, without
 * tashkeel or tatweel; Latin letters lose their accents and case; everything else becomes a hyphen.
 */
export function slugify(title: string): string {
  // Tashkeel goes first, on composed text: decomposing first would split أ into ا + hamza mark.
  return stripTashkeel(title.normalize('NFC'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… : the first one `isTaken` says is free. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}

export type SlugProblem = 'empty' | 'bidi';

/**
 * The slug a writer typed (or left empty, to derive it from the title), cleaned by the same rules
 * as a derived one. Bidi controls are refused rather than silently dropped: someone put them there.
 * (The title's own check is in its schema, lib/validations/article.ts.)
 */
export function normalizeSlugInput(input: string, title: string): { ok: true; slug: string } | { ok: false; problem: SlugProblem } {
  if (containsBidiControls(input)) return { ok: false, problem: 'bidi' };
  const slug = slugify(input.trim() === '' ? title : input);
  return slug === '' ? { ok: false, problem: 'empty' } : { ok: true, slug };
}
