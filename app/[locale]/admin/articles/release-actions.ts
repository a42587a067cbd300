'use server';

import { ActionError, defineAction } from '@/app/_server/safe-action';
import type { SaveOutcome } from '@/db/queries/article-content';
import { editedRevisionId, getOpenCorrection, saveCorrection, startCorrection, transitionCorrection } from '@/db/queries/corrections';
import { createEmbargoLink, revokeEmbargoLink } from '@/db/queries/embargo';
import { setArticleExpiry } from '@/db/queries/release-lifetime';
import { organizationTimeZone } from '@/db/queries/settings';
import { zonedWallTimeToDate } from '@/lib/dates';
import { canOnArticle, canOnSomeArticle } from '@/lib/permissions';
import { maxPreviewLinkDays, previewExpiryProblem } from '@/lib/preview-links';
import { newLinkToken } from '@/lib/shared-links';
import { articleIdSchema, embargoLinkSchema, revokeEmbargoLinkSchema, saveArticleSchema } from '@/lib/validations/article';
import { correctionTransitionSchema, expirySchema } from '@/lib/validations/corrections';
import { correctionAsArticle, decideCorrection, permissionFor } from '@/lib/workflow';
import { loadArticle, prepareEdit, refuseImagesWithoutAlt, refusalMessages } from './article-checks';

/**
 * Server actions for a release's life after publication (corrections, expiry) and for sharing a
 * draft (preview links). Withdrawal is a workflow transition (`transitionAction`).
 */

/** The article and its open correction, or null when either is missing. */
function loadCorrection(input: { id: number }) {
  const article = loadArticle(input);
  const correction = article ? getOpenCorrection({ articleId: article.id }) : null;
  return article && correction ? { article, correction } : null;
}

export const startCorrectionAction = defineAction({
  schema: articleIdSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => canOnArticle(actor, 'article.correct', article),
  run: ({ actor, loaded }) => startCorrection({ actor, articleId: loaded.id }),
});

/** The editor's save, on the copy: the live text is not touched. */
export const saveCorrectionAction = defineAction({
  schema: saveArticleSchema,
  load: (input) => loadCorrection(input),
  authorize: (actor, loaded) => {
    if (!loaded) return canOnSomeArticle(actor, 'article.edit');
    const facts = correctionAsArticle(loaded.correction);
    return facts !== null && canOnArticle(actor, 'article.edit', facts);
  },
  run: ({ actor, input, loaded: { article, correction } }): SaveOutcome => {
    const { slug: _slug, publishAt: _publishAt, ...edit } = prepareEdit(actor, input.fields);
    return saveCorrection({ actor, correction, slug: article.slug, baseVersion: input.baseVersion, kind: input.kind, edit });
  },
});

export const correctionTransitionAction = defineAction({
  schema: correctionTransitionSchema,
  load: (input) => loadCorrection(input),
  authorize: (actor, loaded, input) => {
    const action = input.action === 'discard' ? 'article.discardCorrection' : permissionFor(input.action);
    if (!loaded) return canOnSomeArticle(actor, action);
    const facts = correctionAsArticle(loaded.correction);
    return facts !== null && canOnArticle(actor, action, facts);
  },
  run: async ({ actor, input, loaded: { article, correction } }) => {
    let applyAt: Date | null = null;
    if (input.applyAt) {
      applyAt = zonedWallTimeToDate(input.applyAt, organizationTimeZone());
      if (!applyAt) throw new ActionError('invalid', 'publishTimeInvalid');
    }
    const now = new Date();
    const decision = decideCorrection({ actor, correction, action: input.action, now, comment: input.comment, kind: input.kind, note: input.note, applyAt });
    if (!decision.ok) throw new ActionError(decision.reason === 'forbidden' ? 'forbidden' : 'invalid', refusalMessages[decision.reason]);
    if (input.action === 'approve') await refuseImagesWithoutAlt({ locale: article.locale, body: correction.body, featuredMediaId: correction.featuredMediaId });
    const { changed } = transitionCorrection({ actor, correction, article, action: input.action, decision, comment: input.comment, now });
    if (!changed) throw new ActionError('conflict', 'stateChanged');
    return { status: decision.to, applied: decision.appliesNow };
  },
});

export const setExpiryAction = defineAction({
  schema: expirySchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => canOnArticle(actor, 'article.setExpiry', article),
  run: ({ actor, input, loaded }) => {
    const expiresAt = input.expiresAt === '' ? null : zonedWallTimeToDate(input.expiresAt, organizationTimeZone());
    if (input.expiresAt !== '' && !expiresAt) throw new ActionError('invalid', 'expiryInvalid');
    // An expiry in the past, or before the release is even out, would hide it for good.
    if (expiresAt && (expiresAt.getTime() <= Date.now() || (loaded.publishAt && expiresAt.getTime() <= loaded.publishAt.getTime()))) throw new ActionError('invalid', 'expiryBeforePublish');
    setArticleExpiry({ actor, articleId: loaded.id, expiresAt });
    return { expiresAt };
  },
});

export const createPreviewLinkAction = defineAction({
  schema: embargoLinkSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => canOnArticle(actor, 'article.previewLink', article),
  run: ({ actor, input, loaded }) => {
    const expiresAt = zonedWallTimeToDate(input.expiresAt, organizationTimeZone());
    if (!expiresAt) throw new ActionError('invalid', 'expiryInvalid');
    const problem = previewExpiryProblem(expiresAt, new Date());
    if (problem) throw new ActionError('invalid', problem === 'past' ? 'expiryInvalid' : 'previewExpiryTooFar', { days: maxPreviewLinkDays });
    const revisionId = editedRevisionId({ articleId: loaded.id });
    if (!revisionId) throw new ActionError('not_found');
    return createEmbargoLink({ actor, articleId: loaded.id, token: newLinkToken(), expiresAt, kind: 'preview', revisionId });
  },
});

export const revokePreviewLinkAction = defineAction({
  schema: revokeEmbargoLinkSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => canOnArticle(actor, 'article.revokePreviewLink', article),
  run: ({ actor, input }) => ({ revoked: revokeEmbargoLink({ actor, articleId: input.id, linkId: input.linkId, kind: 'preview' }) }),
});
