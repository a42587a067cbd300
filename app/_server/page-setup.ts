import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Messages } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getEditorArticle } from '@/db/queries/editor-article';
import type { CurrentUser } from '@/db/queries/users';
import { isLocale, type Locale } from '@/i18n/config';
import { type ArticleAction, can, type GeneralAction } from '@/lib/permissions';
import { requirePermission, requireUser } from './guards';

type Namespace = keyof Messages;
/** The keys of a namespace that hold a plain message (a page title takes no arguments). */
type TitleKey<N extends Namespace> = { [K in keyof Messages[N]]: Messages[N][K] extends string ? K : never }[keyof Messages[N]] & string;

/**
 * `generateMetadata` for a page whose title is one message of the UI language:
 * `export const generateMetadata = titleMetadata('Users', 'title')`. `extra` adds fixed fields
 * (e.g. `robots` for the sign-in pages).
 */
export function titleMetadata<N extends Namespace>(namespace: N, key: TitleKey<N>, extra: Metadata = {}) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    // `key` is checked against `namespace` by the signature (a message without arguments); the
    // translator's own types cannot follow a generic namespace.
    const t = (await getTranslations({ locale: (await params).locale as Locale, namespace })) as unknown as (key: string) => string;
    return { title: t(key), ...extra };
  };
}

/**
 * The opening of every admin page that one general permission lets in: the request's locale
 * (for static rendering), then `requirePermission` (a visitor goes to sign-in, a user without the
 * permission gets the 403 page) before the page loads anything.
 */
export async function openAdminPage(params: Promise<{ locale: string }>, permission: GeneralAction): Promise<{ locale: Locale; user: CurrentUser }> {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return { locale, user: await requirePermission(locale, permission) };
}

/**
 * The opening of a newsroom page a signed-out visitor comes back to after signing in
 * (`returnPath`, without the locale, e.g. `/admin/inbox`): an unknown locale is not found, then
 * `requireUser`. With `access`, a user without that permission finds nothing here either.
 */
export async function openNewsroomPage(requested: string, returnPath: string, access?: GeneralAction): Promise<{ locale: Locale; user: CurrentUser }> {
  if (!isLocale(requested)) notFound();
  setRequestLocale(requested);
  const user = await requireUser(requested, returnPath);
  if (access && !can(user, access)) notFound();
  return { locale: requested, user };
}

/**
 * The opening of an article's own newsroom page (`/admin/articles/{id}` and its sub-pages, named
 * by `subpath`): the article, not found unless the user may do `action` on it, so that a page says
 * nothing of an article its user may not see.
 */
export async function openArticlePage(params: Promise<{ locale: string; id: string }>, action: ArticleAction, subpath = '') {
  const { locale: requested, id } = await params;
  const { locale, user } = await openNewsroomPage(requested, `/admin/articles/${id}${subpath}`);
  const article = getEditorArticle({ id: Number(id) });
  if (!article || !can(user, action, article)) notFound();
  return { locale, user, article };
}
