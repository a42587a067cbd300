import type { z } from 'zod';
import { containsBidiControls } from '../bidi';

/**
 * Control characters (C0 and C1, NUL included) and UTF-16 halves without their pair (what invalid
 * UTF-8 or a forged JSON escape leaves): no keyboard types them, and they display as nothing or as
 * a replacement box, differently in each screen and feed.
 */
const invisibleDamage = /[\u0000-\u001F\u007F-\u009F]|\p{Surrogate}/u;

export function containsControlCharacters(text: string): boolean {
  return invisibleDamage.test(text);
}

/**
 * Text shown as a label of its own (a title, a person's name, a tag, a dateline, a credit):
 * refused when it carries bidi controls or control characters, with a `FieldErrors` key the server
 * action translates. Refused rather than cleaned: nobody types them by accident, and a newsroom
 * wants to see what it publishes, not a silently edited version. (Running text, such as a summary,
 * body or caption, may need direction marks for a quotation: it is kept, inside its own block.)
 */
export function plainLabel<Schema extends z.ZodString>(schema: Schema) {
  return schema
    .refine((text) => !containsBidiControls(text), { error: 'bidiControls' })
    .refine((text) => !containsControlCharacters(text), { error: 'controlCharacters' });
}
