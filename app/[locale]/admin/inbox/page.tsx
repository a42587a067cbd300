import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { openNewsroomPage } from '@/app/_server/page-setup';
import { InboxBadge } from '@/components/admin/inbox-badge';
import { countUnreadNotifications, listNotifications } from '@/db/queries/notifications';
import { organizationTimeZone } from '@/db/queries/settings';
import { Link } from '@/i18n/navigation';
import { formatDateTime } from '@/lib/dates';
import { ActionButton } from '@/components/admin/action-button.client';
import { InLanguage } from '@/components/in-language';
import { isolated } from '@/components/isolated';
import { markAllReadAction } from './actions';

export const metadata: Metadata = { robots: { index: false, follow: false } };

const kinds = ['submitted', 'changesRequested', 'approved', 'scheduled', 'published', 'unpublished', 'reopened', 'commented', 'withdrawn', 'correctionSubmitted', 'correctionApproved', 'correctionDiscarded'] as const;
type Kind = (typeof kinds)[number];
const isKind = (kind: string): kind is Kind => (kinds as readonly string[]).includes(kind);

export default async function InboxPage({ params }: PageProps<'/[locale]/admin/inbox'>) {
  const { locale, user } = await openNewsroomPage((await params).locale, '/admin/inbox', 'admin.access');
  const t = await getTranslations('Inbox');
  const tn = await getTranslations('Notifications');
  const items = listNotifications({ userId: user.id });
  const unread = countUnreadNotifications({ userId: user.id });
  const timeZone = organizationTimeZone();
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <InboxBadge count={unread} />
        {unread > 0 ? <ActionButton action={markAllReadAction.bind(null, {})} label={t('markAllRead')} className="rounded border border-gray-400 px-4 py-2" /> : null}
      </div>
      {items.length === 0 ? (
        <p className="text-muted">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <li key={item.id} className={`rounded border p-3 ${item.read ? 'border-gray-200' : 'border-brand-600 bg-brand-50'}`}>
              <p>
                {item.read ? null : <span className="me-2 font-bold">{t('new')}</span>}
                {isKind(item.kind) ? tn.rich(item.kind, { actor: isolated(item.actorName ?? '—') }) : item.kind}{' '}
                {item.articleId && item.articleTitle ? (
                  <Link href={`/admin/articles/${item.articleId}`} className="font-bold text-brand-800 underline">
                    <InLanguage locale={item.articleLocale ?? locale}>{item.articleTitle}</InLanguage>
                  </Link>
                ) : null}
              </p>
              <p className="text-sm text-muted">
                <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, locale, timeZone)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
