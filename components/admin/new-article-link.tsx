import { Link } from '@/i18n/navigation';
import { type Actor, can } from '@/lib/permissions';

/** The way to start a release, offered only to whoever may start one (a translator may not). */
export function NewArticleLink({ viewer, label }: { viewer: Actor; label: string }) {
  if (!can(viewer, 'article.create')) return null;
  return (
    <Link href="/admin/articles/new" className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
      {label}
    </Link>
  );
}
