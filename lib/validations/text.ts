import type { z } from 'zod';
import { containsBidiControls } from '../bidi';

/**
 * Text shown as a label of its own (a title, a person's name): refused when it carries bidi
 * controls, with a `FieldErrors` key the server action translates. Refused rather than cleaned:
 * nobody types them by accident.
 */
export function withoutBidiControls<Schema extends z.ZodString>(schema: Schema) {
  return schema.refine((text) => !containsBidiControls(text), { error: 'bidiControls' });
}
