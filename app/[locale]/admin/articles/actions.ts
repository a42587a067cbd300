'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { ActionError, type ActionState, defineAction, formDataToObject } from '@/app/_server/safe-action';
import { createEmbargoLink, revokeEmbargoLink } from '@/db/queries/embargo';
import { createArticle, markTranslationUpdated, saveArticle, type SaveOutcome } from '@/db/queries/article-content';
import { getRevision } from '@/db/queries/article-revisions';
import { transitionArticle } from '@/db/queries/article-workflow';
import { getEditorArticle, listTranslations } from '@/db/queries/editor-article';
import { addComment, resolveComment } from '@/db/queries/review-comments';
import { getNewsroomDefaults, organizationTimeZone } from '@/db/queries/settings';
import { redirect } from '@/i18n/navigation';
import { zonedWallTimeToDate } from '@/lib/dates';
import { emptyBody } from '@/lib/editor/validate-body';
import { embargoExpiryProblem, maxEmbargoLinkDays, newEmbargoToken } from '@/lib/embargo';
import { canCreateIn, canOnArticle, canTranslateInto } from '@/lib/permissions';
import {
  articleIdSchema,
  commentSchema,
  createArticleSchema,
  embargoLinkSchema,
  resolveCommentSchema,
  restoreSchema,
  revokeEmbargoLinkSchema,
  saveArticleSchema,
  transitionSchema,
  translateSchema,
} from '@/lib/validations/article';
import { decideTransition, permissionFor } from '@/lib/workflow';
import { loadArticle, prepareEdit, refuseImagesWithoutAlt, refusalMessages } from './article-checks';

async function defaultsFor(locale: string) {
  const stored = getNewsroomDefaults({ locale });
  if (stored) return stored;
  const t = await getTranslations({ locale: locale as 'ar', namespace: 'ArticleDefaults' });
  return { datelineCity: t('datelineCity'), source: t('source') };
}

const createAction = defineAction({
  schema: createArticleSchema,
  authorize: (actor, _loaded, input) => canCreateIn(actor, input.locale),
  run: async ({ actor, input }) =>
    createArticle({ actor, input: { locale: input.locale, title: input.title, body: emptyBody, ...(await defaultsFor(input.locale)) } }),
});

/** The "new article" form: creates the draft, then opens it in the editor. */
export async function createArticleAction(_previous: ActionState, formData: FormData) {
  const result = await createAction(formDataToObject(formData));
  if (!result.ok) return result;
  redirect({ href: `/admin/articles/${result.data.id}`, locale: await getLocale() });
  return result;
}

export const saveArticleAction = defineAction({
  schema: saveArticleSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => canOnArticle(actor, 'article.edit', article),
  run: ({ actor, input }): SaveOutcome => {
    const edit = prepareEdit(actor, input.fields);
    return saveArticle({ actor, id: input.id, baseVersion: input.baseVersion, kind: input.kind, edit });
  },
});

export const transitionAction = defineAction({
  schema: transitionSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article, input) => canOnArticle(actor, permissionFor(input.action), article),
  run: async ({ actor, input, loaded }) => {
    // Approving without a time of its own takes the publish time the writer asked for, if any.
    let publishAt: Date | null = input.action === 'approve' ? loaded.publishAt : null;
    if (input.publishAt) {
      publishAt = zonedWallTimeToDate(input.publishAt, organizationTimeZone());
      if (!publishAt) throw new ActionError('invalid', 'publishTimeInvalid');
    }
    const now = new Date();
    const decision = decideTransition({ actor, article: loaded, action: input.action, now, comment: input.comment, publishAt });
    if (!decision.ok) throw new ActionError(decision.reason === 'forbidden' ? 'forbidden' : 'invalid', refusalMessages[decision.reason]);
    // Whatever makes the article public (publish, or an approval with a time) needs every image described in its language.
    if (decision.to === 'published') await refuseImagesWithoutAlt(loaded);
    const { changed } = transitionArticle({ actor, article: loaded, action: input.action, decision, comment: input.comment, reason: input.reason, now });
    if (!changed) throw new ActionError('conflict', 'stateChanged');
    return { status: decision.to, scheduled: decision.scheduled };
  },
});

const translateAction = defineAction({
  schema: translateSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, source, input) => canTranslateInto(actor, source, input.locale) && input.locale !== source?.locale,
  run: async ({ actor, input, loaded: source }) => {
    // One article per language and release: an existing translation is opened, not duplicated.
    const existing = listTranslations({ article: source }).find((translation) => translation.locale === input.locale);
    if (existing) return { id: existing.id };
    // The translator starts from the source's text and replaces it, block by block, beside the original.
    return createArticle({
      actor,
      input: {
        locale: input.locale,
        title: source.title,
        summary: source.summary,
        body: source.body,
        categoryId: source.categoryId,
        ...(await defaultsFor(input.locale)),
        translatedFrom: { id: source.id, translationGroupId: source.translationGroupId, version: source.version },
      },
    });
  },
});

/** "Translate into…": creates (or finds) the translation, then opens it beside its source. */
export async function translateArticleAction(_previous: ActionState, formData: FormData) {
  const result = await translateAction(formDataToObject(formData));
  if (!result.ok) return result;
  redirect({ href: `/admin/articles/${result.data.id}`, locale: await getLocale() });
  return result;
}

export const markTranslationUpdatedAction = defineAction({
  schema: articleIdSchema,
  load: (input) => {
    const translation = loadArticle(input);
    if (!translation) return null;
    return { translation, source: translation.translatedFromId ? getEditorArticle({ id: translation.translatedFromId }) : null };
  },
  // Acknowledging the source's change is not a text edit: it stays possible once the translation is published.
  authorize: (actor, loaded) => canOnArticle(actor, 'article.markTranslationUpdated', loaded?.translation ?? null),
  run: ({ actor, loaded: { translation, source } }) => {
    if (!source) throw new ActionError('not_found');
    markTranslationUpdated({ actor, translationId: translation.id, sourceVersion: source.version });
    return { sourceVersion: source.version };
  },
});

export const restoreRevisionAction = defineAction({
  schema: restoreSchema,
  load: (input) => {
    const article = loadArticle(input);
    return article ? { article, revision: getRevision({ articleId: article.id, revisionId: input.revisionId }) } : null;
  },
  authorize: (actor, loaded) => canOnArticle(actor, 'article.edit', loaded?.article ?? null),
  // A restore is a new revision with the old text: nothing in between is lost.
  run: ({ actor, loaded: { article, revision } }) => {
    if (!revision) throw new ActionError('not_found');
    return saveArticle({
      actor,
      id: article.id,
      baseVersion: article.version,
      kind: 'restore',
      edit: {
        title: revision.title,
        slug: article.slug,
        summary: revision.summary,
        body: revision.body,
        datelineCity: article.datelineCity,
        source: article.source,
        categoryId: article.categoryId,
        tags: article.tags,
        publishAt: article.publishAt,
        featuredMediaId: article.featuredMediaId,
      },
    });
  },
});

export const addCommentAction = defineAction({
  schema: commentSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => canOnArticle(actor, 'article.comment', article),
  run: ({ actor, input, loaded }) => {
    addComment({ actor, article: loaded, body: input.body, quote: input.quote });
    return { added: true };
  },
});

export const resolveCommentAction = defineAction({
  schema: resolveCommentSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => canOnArticle(actor, 'article.comment', article),
  run: ({ actor, input }) => ({ resolved: resolveComment({ actor, articleId: input.id, commentId: input.commentId }) }),
});

export const createEmbargoLinkAction = defineAction({
  schema: embargoLinkSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => canOnArticle(actor, 'article.embargoLink', article),
  run: ({ actor, input }) => {
    const expiresAt = zonedWallTimeToDate(input.expiresAt, organizationTimeZone());
    if (!expiresAt) throw new ActionError('invalid', 'expiryInvalid');
    const problem = embargoExpiryProblem(expiresAt, new Date());
    if (problem) throw new ActionError('invalid', problem === 'past' ? 'expiryInvalid' : 'expiryTooFar', { days: maxEmbargoLinkDays });
    return createEmbargoLink({ actor, articleId: input.id, token: newEmbargoToken(), expiresAt });
  },
});

export const revokeEmbargoLinkAction = defineAction({
  schema: revokeEmbargoLinkSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => canOnArticle(actor, 'article.revokeEmbargoLink', article),
  run: ({ actor, input }) => ({ revoked: revokeEmbargoLink({ actor, articleId: input.id, linkId: input.linkId }) }),
});
