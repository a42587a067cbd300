import { getTranslations } from 'next-intl/server';
import type { ArticleStatus } from '@/lib/domain';

const tones: Record<ArticleStatus | 'scheduled', string> = {
  draft: 'bg-gray-100 text-gray-800',
  in_review: 'bg-blue-100 text-blue-900',
  changes_requested: 'bg-amber-100 text-amber-900',
  approved: 'bg-emerald-100 text-emerald-900',
  published: 'bg-brand-100 text-brand-900',
  scheduled: 'bg-purple-100 text-purple-900',
  unpublished: 'bg-red-100 text-red-900',
  withdrawn: 'bg-gray-800 text-white',
};

/**
 * A workflow state in words (never colour alone). "Scheduled" is published with a time still ahead.
 * The article's own header says `testId="article-status"`, so tests read it apart from the badges
 * of its translations and of list rows (`status`).
 */
export async function StatusBadge({ status, scheduled = false, testId = 'status' }: { status: ArticleStatus; scheduled?: boolean; testId?: string }) {
  const t = await getTranslations('ArticleStatus');
  const key = scheduled ? 'scheduled' : status;
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-sm font-bold ${tones[key]}`} data-testid={testId}>
      {t(key)}
    </span>
  );
}
