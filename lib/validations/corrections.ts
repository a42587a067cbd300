import { z } from 'zod';
import { correctionKinds } from '../domain';
import { correctionActions } from '../workflow';
import { plainLabel } from './text';

const id = z.coerce.number().int().positive();
/** A wall-clock time in the organization's zone, as a datetime-local input gives it; empty for none. */
const wallTime = z.string().trim().max(30);

export const correctionTransitionSchema = z.object({
  id,
  action: z.enum(correctionActions),
  comment: z.string().trim().max(5000).optional(),
  kind: z.enum(correctionKinds).optional(),
  /** Shown to readers at the end of the article, in its language: short. */
  note: plainLabel(z.string().trim().max(500)).optional(),
  applyAt: wallTime.optional(),
});

export const expirySchema = z.object({ id, expiresAt: wallTime });
