import 'server-only';
import { getLocale } from 'next-intl/server';
import { ActionError, LocalizedActionError } from '@/app/_server/safe-action';
import { missingAltMessage } from '@/app/[locale]/admin/media/media-ui';
import type { EditorArticle } from '@/db/queries/newsroom';
import { isLocale } from '@/i18n/config';
import type { TransitionRefusal } from '@/lib/workflow';

/** Shared by the workflow's actions: what a refused step says (a key under `ActionErrors`). */
export const refusalMessages: Record<TransitionRefusal, string> = {
  forbidden: 'forbidden',
  invalid_state: 'invalidState',
  comment_required: 'commentRequired',
};

/** Whatever makes an article public needs every image described in its language. */
export async function refuseImagesWithoutAlt(article: EditorArticle) {
  const uiLocale = await getLocale();
  if (!isLocale(article.locale) || !isLocale(uiLocale)) throw new ActionError('invalid');
  const problem = await missingAltMessage({ body: article.body, featuredMediaId: article.featuredMediaId, articleLocale: article.locale, uiLocale });
  if (problem) throw new LocalizedActionError('invalid', problem);
}
