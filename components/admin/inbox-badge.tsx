import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/**
 * The inbox link with its unread count, for the admin header. The header passes the count from
 * `countUnreadNotifications({ userId })` in db/queries/notifications.ts.
 */
export async function InboxBadge({ count }: { count: number }) {
  const t = await getTranslations('Inbox');
  return (
    <Link href="/admin/inbox" className="inline-flex items-center gap-2 font-bold">
      {t('title')}
      {count > 0 ? (
        <span className="rounded-full bg-red-700 px-2 text-sm text-white" aria-label={t('unread', { count })} data-testid="inbox-count">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
