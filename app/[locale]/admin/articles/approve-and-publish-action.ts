'use server';

import { ActionError, defineAction } from '@/app/_server/safe-action';
import { approveAndPublishArticle } from '@/db/queries/approve-and-publish';
import { getEditorArticle } from '@/db/queries/editor-article';
import { canApproveAndPublish, decideApproveAndPublish } from '@/lib/approve-and-publish';
import { canOnSomeArticle } from '@/lib/permissions';
import { articleIdSchema } from '@/lib/validations/article';
import { refuseImagesWithoutAlt, refusalMessages } from './article-checks';

/**
 * "Approve and publish now", one step for a reviewer who may take both: one transaction, with the
 * audit entries of both steps (`article.approve`, `article.publish`).
 */
export const approveAndPublishAction = defineAction({
  schema: articleIdSchema,
  load: ({ id }) => getEditorArticle({ id }),
  // Without the article, whether the caller may approve and publish at all.
  authorize: (actor, article) => (article ? canApproveAndPublish(actor, article) : canOnSomeArticle(actor, 'article.approve') && canOnSomeArticle(actor, 'article.publish')),
  run: async ({ actor, loaded }) => {
    const now = new Date();
    const decision = decideApproveAndPublish({ actor, article: loaded, now });
    if (!decision.ok) throw new ActionError(decision.reason === 'forbidden' ? 'forbidden' : 'invalid', refusalMessages[decision.reason]);
    await refuseImagesWithoutAlt(loaded);
    if (!approveAndPublishArticle({ actor, article: loaded, decision, now }).changed) throw new ActionError('conflict', 'stateChanged');
    return { status: 'published' as const };
  },
});
