import 'server-only';
import { getLocale } from 'next-intl/server';
import { ActionError, LocalizedActionError } from '@/app/_server/safe-action';
import { missingAltMessage } from '@/app/[locale]/admin/media/media-ui';
import { getMedia, getMediaAltFacts } from '@/db/queries/media';
import { type ArticleEdit } from '@/db/queries/article-content';
import { type EditorArticle, getEditorArticle } from '@/db/queries/editor-article';
import { organizationTimeZone } from '@/db/queries/settings';
import type { CurrentUser } from '@/db/queries/users';
import { isLocale } from '@/i18n/config';
import { zonedWallTimeToDate } from '@/lib/dates';
import { type BodyProblem, bodyLimits, validateBody } from '@/lib/editor/validate-body';
import { mediaIdsOfArticle } from '@/lib/media/usage';
import { normalizeSlugInput } from '@/lib/slug';
import type { ArticleFields } from '@/lib/validations/article';
import type { CorrectionRefusal } from '@/lib/workflow';

/**
 * Steps the article's server actions share (the article's own and its correction's): loading,
 * checking an edit, and the alt-text rule before anything goes public. Not a 'use server' file:
 * none of these may be called from a browser.
 */
export function loadArticle({ id }: { id: number }): EditorArticle | null {
  return getEditorArticle({ id });
}

const bodyProblemMessages: Record<BodyProblem, string> = {
  not_a_document: 'bodyInvalid',
  too_deep: 'bodyTooDeep',
  too_long: 'bodyTooLong',
  schema: 'bodyInvalid',
  link: 'linkNotAllowed',
  image: 'imageNotInLibrary',
};

/** The editor's fields as a save stores them, or a refusal: body, slug, publish time and featured image checked. */
export function prepareEdit(actor: CurrentUser, fields: ArticleFields): ArticleEdit {
  // The body's images must be library items that still exist: the alt facts list exactly those.
  const library = getMediaAltFacts({ ids: mediaIdsOfArticle(fields.body, null) });
  const body = validateBody(fields.body, { inLibrary: (mediaId) => library.has(mediaId) });
  if (!body.ok) throw new ActionError('invalid', bodyProblemMessages[body.problem], { max: bodyLimits.maxTextLength });
  const slug = normalizeSlugInput(fields.slug, fields.title);
  if (!slug.ok) throw new ActionError('invalid', slug.problem === 'bidi' ? 'slugBidi' : 'slugEmpty');
  const publishAt = fields.publishAt === '' ? null : zonedWallTimeToDate(fields.publishAt, organizationTimeZone());
  if (publishAt === null && fields.publishAt !== '') throw new ActionError('invalid', 'publishTimeInvalid');
  // The image may have been deleted from the library since the editor loaded it.
  if (fields.featuredMediaId !== null && !getMedia({ viewer: actor, id: fields.featuredMediaId })) throw new ActionError('invalid', 'featuredMediaMissing');
  return { ...fields, body: body.body, slug: slug.slug, publishAt };
}

/** Whatever makes text public needs every image described in the text's language. */
export async function refuseImagesWithoutAlt(text: { locale: string; body: unknown; featuredMediaId: number | null }) {
  const uiLocale = await getLocale();
  if (!isLocale(text.locale) || !isLocale(uiLocale)) throw new ActionError('invalid');
  const problem = await missingAltMessage({ body: text.body, featuredMediaId: text.featuredMediaId, articleLocale: text.locale, uiLocale });
  if (problem) throw new LocalizedActionError('invalid', problem);
}

/** The `ActionErrors` message of each refusal of the workflow (an article's or a correction's). */
export const refusalMessages: Record<CorrectionRefusal, string> = {
  forbidden: 'forbidden',
  invalid_state: 'invalidState',
  comment_required: 'commentRequired',
  kind_required: 'correctionKindRequired',
  note_required: 'correctionNoteRequired',
};
