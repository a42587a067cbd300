import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { openAdminPage, titleMetadata } from '@/app/_server/page-setup';
import { TableHead } from '@/components/admin/table-head';
import { type AuditRecord, listAuditActionNames, listAuditEntries } from '@/db/queries/audit';
import { listUsers } from '@/db/queries/users';
import { organizationTimeZone } from '@/db/queries/settings';
import type { Locale } from '@/i18n/config';
import { isolateText } from '@/lib/bidi';
import { formatPublicationDate } from '@/lib/dates';
import { type Role, roles } from '@/lib/domain';
import { type AuditQuery, auditQuerySchema, dayBounds } from '@/lib/validations/audit';

const pageSize = 50;
const fieldClass = 'mt-1 block rounded border border-gray-400 px-3 py-2';

export const generateMetadata = titleMetadata('AuditLog', 'title');

function pageHref(locale: Locale, query: AuditQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.actor) params.set('actor', String(query.actor));
  if (query.action) params.set('action', query.action);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `/${locale}/admin/audit${search ? `?${search}` : ''}`;
}

/** The details worth showing inline: short scalar values, never a dump of nested objects. */
function detailText(entry: AuditRecord): string {
  return Object.entries(entry.details ?? {})
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(' · ');
}

export default async function AuditPage({ params, searchParams }: PageProps<'/[locale]/admin/audit'>) {
  const { locale } = await openAdminPage(params, 'audit.read');
  const [t, tRoles, tUsers] = await Promise.all([
    getTranslations({ locale, namespace: 'AuditLog' }),
    getTranslations({ locale, namespace: 'Roles' }),
    getTranslations({ locale, namespace: 'Users' }),
  ]);
  const query = auditQuerySchema.parse(await searchParams);
  // Days in the filter and times in the list are the organization's.
  const timeZone = organizationTimeZone();

  const { entries, total } = listAuditEntries({
    filter: {
      actorId: query.actor,
      action: query.action,
      from: query.from ? dayBounds(query.from, timeZone).start : undefined,
      to: query.to ? dayBounds(query.to, timeZone).end : undefined,
    },
    page: query.page,
    pageSize,
  });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const actors = listUsers();
  const actionNames = listAuditActionNames();
  // Later features add actions and subjects of their own: unknown ones show their code.
  const label = (group: 'actions' | 'entities', code: string) => {
    const key = `${group}.${code.replaceAll('.', '_')}`;
    return t.has(key as never) ? t(key as never) : code;
  };
  const actionLabel = (action: string) => label('actions', action);
  /** Before/after values this feature writes (roles, account status) in the UI language; others as stored. */
  const stateLabel = (value: string | null) => {
    if (value === null) return '—';
    if ((roles as readonly string[]).includes(value)) return tRoles(value as Role);
    if (value === 'active' || value === 'inactive') return tUsers(value);
    return value;
  };

  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>

      <form method="get" action={`/${locale}/admin/audit`} className="mt-6 flex flex-wrap items-end gap-4 rounded border border-brand-100 p-4" aria-label={t('filters')}>
        <div>
          <label htmlFor="actor" className="font-bold">{t('actor')}</label>
          <select id="actor" name="actor" defaultValue={query.actor ?? ''} className={fieldClass}>
            <option value="">{t('anyActor')}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>{`${isolateText(actor.name)} (${actor.email})`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="action" className="font-bold">{t('action')}</label>
          <select id="action" name="action" defaultValue={query.action ?? ''} className={fieldClass}>
            <option value="">{t('anyAction')}</option>
            {actionNames.map((action) => (
              <option key={action} value={action}>{actionLabel(action)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="font-bold">{t('from')}</label>
          <input id="from" name="from" type="date" defaultValue={query.from ?? ''} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="to" className="font-bold">{t('to')}</label>
          <input id="to" name="to" type="date" defaultValue={query.to ?? ''} className={fieldClass} />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800">{t('apply')}</button>
        <Link href={`/${locale}/admin/audit`} className="py-2 text-brand-700 underline">{t('reset')}</Link>
      </form>

      <p className="mt-6" role="status">{t('summary', { total })}</p>

      {entries.length === 0 ? (
        <p className="mt-4 text-muted">{t('empty')}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <TableHead look="register" caption={t('title')} columns={[t('time'), t('actor'), t('action'), t('entity'), t('details'), t('ip')]} />
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-brand-100 align-top">
                  <td className="p-2 whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>{formatPublicationDate(entry.createdAt, locale, { timeZone, withTime: true }).gregorian}</time>
                  </td>
                  <td className="p-2">{entry.actor ? <bdi>{entry.actor.name}</bdi> : <span className="text-muted">{t('anonymous')}</span>}</td>
                  <td className="p-2">
                    {actionLabel(entry.action)}
                    <code className="block text-xs text-muted" dir="ltr">{entry.action}</code>
                  </td>
                  <td className="p-2">
                    {label('entities', entry.entityType)}
                    {entry.entityId ? <> <bdi dir="ltr">#{entry.entityId}</bdi></> : null}
                    {entry.fromStatus || entry.toStatus ? (
                      <span className="block text-xs text-muted">
                        {t.rich('change', { from: () => <bdi>{stateLabel(entry.fromStatus)}</bdi>, to: () => <bdi>{stateLabel(entry.toStatus)}</bdi> })}
                      </span>
                    ) : null}
                  </td>
                  <td className="max-w-xs p-2 break-words"><bdi dir="auto">{detailText(entry)}</bdi></td>
                  <td className="p-2"><bdi dir="ltr">{entry.ip ?? ''}</bdi></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 ? (
        <nav aria-label={t('pagination')} className="mt-6 flex items-center justify-between gap-4">
          {query.page > 1 ? <Link href={pageHref(locale, query, query.page - 1)} className="text-brand-700 underline">{t('previous')}</Link> : <span />}
          <span>{t('pageOf', { page: Math.min(query.page, pages), pages })}</span>
          {query.page < pages ? <Link href={pageHref(locale, query, query.page + 1)} className="text-brand-700 underline">{t('next')}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
