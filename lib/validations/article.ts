import { z } from 'zod';
import { locales } from '@/i18n/config';
import { workflowActions } from '../workflow';
import { plainLabel } from './text';

const locale = z.enum(locales as [string, ...string[]]);
const id = z.coerce.number().int().positive();
/**
 * What one release may hold. A newsroom's longest statements stay well inside them; past them, a
 * field is a paste gone wrong or an attack on the readers' browsers and the server's memory.
 * Messages are keys under `FieldErrors`, translated by the action with the limit as `{max}`.
 */
export const articleLimits = { title: 300, summary: 1000, tags: 20, tag: 60, comment: 5000, quote: 2000 } as const;

/** One title rule for creating and saving: a draft created with a title it may not save would be stuck. */
const title = plainLabel(z.string().trim().min(1, { error: 'required' }).max(articleLimits.title, { error: 'titleTooLong' }));

/** The fields a writer edits; the body is checked separately against the editor schema. */
export const articleFieldsSchema = z.object({
  title,
  slug: z.string().max(200),
  summary: z.string().trim().max(articleLimits.summary, { error: 'summaryTooLong' }),
  datelineCity: plainLabel(z.string().trim().max(100, { error: 'tooLong' })),
  source: plainLabel(z.string().trim().max(100, { error: 'tooLong' })),
  categoryId: id.nullable(),
  tags: z.array(plainLabel(z.string().trim().min(1).max(articleLimits.tag, { error: 'tagTooLong' }))).max(articleLimits.tags, { error: 'tooManyTags' }),
  /** Requested publish time, wall-clock in the organization's zone; empty for none. */
  publishAt: z.string().trim().max(30),
  body: z.unknown(),
  /** The library image shown above the article; null for none. */
  featuredMediaId: id.nullable(),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export const createArticleSchema = z.object({ locale, title });

export const saveArticleSchema = z.object({
  id,
  /** The version the writer's text started from: a save against another version is a conflict. */
  baseVersion: z.number().int().positive(),
  kind: z.enum(['autosave', 'save']),
  fields: articleFieldsSchema,
});

export const transitionSchema = z.object({
  id,
  action: z.enum(workflowActions),
  comment: z.string().trim().max(articleLimits.comment, { error: 'commentTooLong' }).optional(),
  /** Wall-clock time in the organization's zone, as a datetime-local input gives it. */
  publishAt: z.string().trim().max(30).optional(),
  /** Withdrawal: the reason readers see with the 410 notice. */
  reason: plainLabel(z.string().trim().max(500)).optional(),
});

export const translateSchema = z.object({ id, locale });
export const articleIdSchema = z.object({ id });
export const restoreSchema = z.object({ id, revisionId: id });
export const commentSchema = z.object({
  id,
  body: z.string().trim().min(1, { error: 'required' }).max(articleLimits.comment, { error: 'commentTooLong' }),
  quote: z.string().trim().max(articleLimits.quote, { error: 'tooLong' }).optional(),
});
export const resolveCommentSchema = z.object({ id, commentId: id });
export const embargoLinkSchema = z.object({ id, expiresAt: z.string().trim().min(1).max(30) });
export const revokeEmbargoLinkSchema = z.object({ id, linkId: id });
