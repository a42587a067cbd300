'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { ActionError, defineAction, formDataToObject, LocalizedActionError, type ActionResult } from '@/app/_server/safe-action';
import { missingAltMessage } from '@/app/[locale]/admin/media/media-ui';
import { revalidatePublicArticle } from '@/app/_server/public-cache';
import { createEmbargoLink, revokeEmbargoLink } from '@/db/queries/embargo';
import { getMedia, getMediaAltFacts } from '@/db/queries/media';
import {
  addComment,
  createArticle,
  getEditorArticle,
  getRevision,
  listTranslations,
  markTranslationUpdated,
  resolveComment,
  saveArticle,
  transitionArticle,
  type EditorArticle,
  type SaveOutcome,
} from '@/db/queries/newsroom';
import { getNewsroomDefaults, organizationTimeZone } from '@/db/queries/settings';
import { isLocale } from '@/i18n/config';
import { redirect } from '@/i18n/navigation';
import { zonedWallTimeToDate } from '@/lib/dates';
import { type BodyProblem, bodyLimits, validateBody, emptyBody } from '@/lib/editor/validate-body';
import { mediaIdsOfArticle } from '@/lib/media/usage';
import { embargoExpiryProblem, maxEmbargoLinkDays, newEmbargoToken } from '@/lib/embargo';
import { can } from '@/lib/permissions';
import { normalizeSlugInput } from '@/lib/slug';
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
import { decideTransition, permissionFor, type TransitionRefusal } from '@/lib/workflow';

function loadArticle({ id }: { id: number }): EditorArticle {
  const article = getEditorArticle({ id });
  if (!article) throw new ActionError('not_found');
  return article;
}

async function defaultsFor(locale: string) {
  const stored = getNewsroomDefaults({ locale });
  if (stored) return stored;
  const t = await getTranslations({ locale: locale as 'ar', namespace: 'ArticleDefaults' });
  return { datelineCity: t('datelineCity'), source: t('source') };
}

const bodyProblemMessages: Record<BodyProblem, string> = {
  not_a_document: 'bodyInvalid',
  too_deep: 'bodyTooDeep',
  too_long: 'bodyTooLong',
  schema: 'bodyInvalid',
  link: 'linkNotAllowed',
  image: 'imageNotInLibrary',
};

const createAction = defineAction({
  schema: createArticleSchema,
  load: () => null,
  authorize: (actor) => can(actor, 'article.create'),
  run: async ({ actor, input }) =>
    createArticle({ actor, input: { locale: input.locale, title: input.title, body: emptyBody, ...(await defaultsFor(input.locale)) } }),
});

/** The "new article" form: creates the draft, then opens it in the editor. */
export async function createArticleAction(_previous: ActionResult<unknown> | null, formData: FormData) {
  const result = await createAction(formDataToObject(formData));
  if (!result.ok) return result;
  redirect({ href: `/admin/articles/${result.data.id}`, locale: await getLocale() });
  return result;
}

export const saveArticleAction = defineAction({
  schema: saveArticleSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => can(actor, 'article.edit', article),
  run: ({ actor, input }): SaveOutcome => {
    // The body's images must be library items that still exist: the alt facts list exactly those.
    const library = getMediaAltFacts({ ids: mediaIdsOfArticle(input.fields.body, null) });
    const body = validateBody(input.fields.body, { inLibrary: (mediaId) => library.has(mediaId) });
    if (!body.ok) throw new ActionError('invalid', bodyProblemMessages[body.problem], { max: bodyLimits.maxTextLength });
    const slug = normalizeSlugInput(input.fields.slug, input.fields.title);
    if (!slug.ok) throw new ActionError('invalid', slug.problem === 'bidi' ? 'slugBidi' : 'slugEmpty');
    const publishAt = input.fields.publishAt === '' ? null : zonedWallTimeToDate(input.fields.publishAt, organizationTimeZone());
    if (publishAt === null && input.fields.publishAt !== '') throw new ActionError('invalid', 'publishTimeInvalid');
    // The image may have been deleted from the library since the editor loaded it.
    if (input.fields.featuredMediaId !== null && !getMedia({ viewer: actor, id: input.fields.featuredMediaId })) throw new ActionError('invalid', 'featuredMediaMissing');
    return saveArticle({
      actor,
      id: input.id,
      baseVersion: input.baseVersion,
      kind: input.kind,
      edit: { ...input.fields, body: body.body, slug: slug.slug, publishAt },
    });
  },
});

async function refuseImagesWithoutAlt(article: EditorArticle) {
  const uiLocale = await getLocale();
  if (!isLocale(article.locale) || !isLocale(uiLocale)) throw new ActionError('invalid');
  const problem = await missingAltMessage({ body: article.body, featuredMediaId: article.featuredMediaId, articleLocale: article.locale, uiLocale });
  if (problem) throw new LocalizedActionError('invalid', problem);
}

const refusalMessages: Record<TransitionRefusal, string> = {
  forbidden: 'forbidden',
  invalid_state: 'invalidState',
  comment_required: 'commentRequired',
};

export const transitionAction = defineAction({
  schema: transitionSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article, input) => can(actor, permissionFor(input.action), article),
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
    const { changed } = transitionArticle({ actor, article: loaded, action: input.action, decision, comment: input.comment, now });
    if (!changed) throw new ActionError('conflict', 'stateChanged');
    return { status: decision.to, scheduled: decision.scheduled };
  },
  after: ({ result, loaded }) => {
    if (result.status === 'published' || loaded.status === 'published') revalidatePublicArticle({ locale: loaded.locale, translationGroupId: loaded.translationGroupId });
  },
});

const translateAction = defineAction({
  schema: translateSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, source, input) => can(actor, 'article.translate', source) && input.locale !== source.locale,
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
export async function translateArticleAction(_previous: ActionResult<unknown> | null, formData: FormData) {
  const result = await translateAction(formDataToObject(formData));
  if (!result.ok) return result;
  redirect({ href: `/admin/articles/${result.data.id}`, locale: await getLocale() });
  return result;
}

export const markTranslationUpdatedAction = defineAction({
  schema: articleIdSchema,
  load: (input) => {
    const translation = loadArticle(input);
    const source = translation.translatedFromId ? getEditorArticle({ id: translation.translatedFromId }) : null;
    if (!source) throw new ActionError('not_found');
    return { translation, source };
  },
  // Acknowledging the source's change is not a text edit: it stays possible once the translation is published.
  authorize: (actor, { translation }) => can(actor, 'article.translate', translation),
  run: ({ actor, loaded: { translation, source } }) => {
    markTranslationUpdated({ actor, translationId: translation.id, sourceVersion: source.version });
    return { sourceVersion: source.version };
  },
});

export const restoreRevisionAction = defineAction({
  schema: restoreSchema,
  load: (input) => {
    const article = loadArticle(input);
    const revision = getRevision({ articleId: article.id, revisionId: input.revisionId });
    if (!revision) throw new ActionError('not_found');
    return { article, revision };
  },
  authorize: (actor, { article }) => can(actor, 'article.edit', article),
  // A restore is a new revision with the old text: nothing in between is lost.
  run: ({ actor, loaded: { article, revision } }) =>
    saveArticle({
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
    }),
});

export const addCommentAction = defineAction({
  schema: commentSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => can(actor, 'article.comment', article),
  run: ({ actor, input, loaded }) => {
    addComment({ actor, article: loaded, body: input.body, quote: input.quote });
    return { added: true };
  },
});

export const resolveCommentAction = defineAction({
  schema: resolveCommentSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => can(actor, 'article.comment', article),
  run: ({ actor, input }) => ({ resolved: resolveComment({ actor, articleId: input.id, commentId: input.commentId }) }),
});

export const createEmbargoLinkAction = defineAction({
  schema: embargoLinkSchema,
  load: (input) => loadArticle(input),
  authorize: (actor, article) => can(actor, 'article.embargoLink', article),
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
  authorize: (actor, article) => can(actor, 'article.revokeEmbargoLink', article),
  run: ({ actor, input }) => ({ revoked: revokeEmbargoLink({ actor, articleId: input.id, linkId: input.linkId }) }),
});
