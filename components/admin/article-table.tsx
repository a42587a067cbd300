import { getTranslations } from 'next-intl/server';
import { localeSettings, type Locale } from '@/i18n/config';
import { Link } from '@/i18n/navigation';
import { formatDateTime } from '@/lib/dates';
import type { NewsroomListRow } from '@/lib/domain';
import { isScheduled } from '@/lib/workflow';
import { InLanguage } from '@/components/in-language';
import { StatusBadge } from './status-badge';
import { TableHead } from './table-head';

interface ArticleTableProps {
  /** The id of the heading that names the table. */
  id: string;
  rows: NewsroomListRow[];
  locale: Locale;
  showPublishAt?: boolean;
  now: Date;
  /** The organization's zone, in which times are shown. */
  timeZone: string;
}

/** Articles as the newsroom lists them: language, title in its own direction, author, state, time. */
export async function ArticleTable({ id, rows, locale, showPublishAt, now, timeZone }: ArticleTableProps) {
  const t = await getTranslations('Dashboard');
  if (rows.length === 0) return <p className="text-muted">{t('empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-start" aria-labelledby={id}>
        <TableHead
          look="newsroom"
          columns={[t('columns.language'), t('columns.title'), t('columns.author'), t('columns.status'), showPublishAt ? t('columns.publishAt', { zone: timeZone }) : t('columns.updated')]}
        />
        <tbody>
          {rows.map((row) => {
            const when = showPublishAt && row.publishAt ? row.publishAt : row.updatedAt;
            return (
              <tr key={row.id} className="border-b border-gray-100">
                <td className="py-2 pe-3" lang={row.locale}>
                  {localeSettings[row.locale as Locale]?.nativeName ?? row.locale}
                </td>
                <td className="py-2 pe-3">
                  <Link href={`/admin/articles/${row.id}`} className="font-bold text-brand-800 underline">
                    <InLanguage locale={row.locale}>{row.title}</InLanguage>
                  </Link>
                </td>
                <td className="py-2 pe-3">
                  <bdi>{row.authorName}</bdi>
                </td>
                <td className="py-2 pe-3">
                  <StatusBadge status={row.status} scheduled={isScheduled(row.status, row.publishAt, now)} />
                </td>
                <td className="py-2 pe-3">
                  <time dateTime={when.toISOString()}>{formatDateTime(when, locale, timeZone)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
