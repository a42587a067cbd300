import { and, count, eq } from 'drizzle-orm';
import { afterArticleWrite } from '../db/article-writes';
import type { Db } from '../db/client';
import {
  articleRevisions,
  articles,
  articleTags,
  categories,
  categoryTranslations,
  reviewComments,
  searchGlossary,
  tags,
  users,
} from '../db/schema';
import type { Role } from '../lib/domain';
import { env } from '../lib/env';
import { hashPassword } from '../lib/password';
import { bodyFromParagraphs } from '../lib/render';
import { slugify, uniqueSlug } from '../lib/slug';
import { demoCategories } from './seed-data/categories';
import { demoGlossary } from './seed-data/glossary';
import { demoReleases } from './seed-data/releases';
import type { DemoLocale, DemoState } from './seed-data/types';

/** The first user of each role is the one the demo releases name as author or reviewer. */
export const demoUsers: { email: string; name: string; role: Role; languages?: string[] }[] = [
  { email: 'admin@example.org', name: 'Amina Haddad', role: 'admin' },
  { email: 'reviewer@example.org', name: 'Youssef Benali', role: 'reviewer' },
  { email: 'writer@example.org', name: 'Salma Idrissi', role: 'writer' },
  // Language desks: a reviewer of the French desk, and a translator into French.
  { email: 'reviewer.fr@example.org', name: 'Claire Martin', role: 'reviewer', languages: ['fr'] },
  { email: 'translator@example.org', name: 'Karim Mansour', role: 'translator', languages: ['fr'] },
];

const day = 24 * 60 * 60 * 1000;

export function hasAnyUser(db: Db): boolean {
  return (db.select({ n: count() }).from(users).get()?.n ?? 0) > 0;
}

/** A moment `days` from now at `hour` o'clock Jeddah time (UTC+3, no daylight saving). */
function atJeddahHour(now: Date, days: number, hour: number): Date {
  const date = new Date(now.getTime() + days * day);
  date.setUTCHours(hour - 3, 0, 0, 0);
  return date;
}

function publication(state: DemoState, now: Date) {
  switch (state.status) {
    case 'published': {
      let at = atJeddahHour(now, -state.daysAgo, state.hour ?? 10);
      // "Today at 20:00" may still lie ahead; a published demo release must already be public.
      if (at > now) at = new Date(now.getTime() - 60 * 60 * 1000);
      return { status: 'published' as const, publishAt: at, publishedAt: at };
    }
    case 'scheduled': {
      // Approved with a publish time ahead: published status, public only once the time comes.
      const at = atJeddahHour(now, state.daysAhead, state.hour ?? 10);
      return { status: 'published' as const, publishAt: at, publishedAt: null };
    }
    default:
      return { status: state.status, publishAt: null, publishedAt: null };
  }
}

/**
 * Creates whatever demo content is missing: users, categories, tags, releases and a starter search
 * glossary. Everything is keyed (e-mail, category key, translation group + language), so running
 * it twice adds nothing; the glossary is seeded only while empty, so sets an administrator
 * deleted stay deleted.
 */
export async function seedDemoContent(db: Db, now = new Date()) {
  const password = env.BAYAN_DEMO_PASSWORD;
  const userIds = {} as Record<Role, number>;
  for (const demoUser of demoUsers) {
    const existing = db.select({ id: users.id }).from(users).where(eq(users.email, demoUser.email)).get();
    const id =
      existing?.id ??
      db
        .insert(users)
        .values({ ...demoUser, passwordHash: await hashPassword(password) })
        .returning({ id: users.id })
        .get().id;
    userIds[demoUser.role] ??= id;
  }

  db.transaction((tx) => {
    const categoryIds = new Map<string, number>();
    demoCategories.forEach((category, position) => {
      const id =
        tx.select({ id: categories.id }).from(categories).where(eq(categories.key, category.key)).get()?.id ??
        tx.insert(categories).values({ key: category.key, position }).returning({ id: categories.id }).get().id;
      categoryIds.set(category.key, id);
      for (const locale of Object.keys(category.names) as DemoLocale[]) {
        tx.insert(categoryTranslations)
          .values({ categoryId: id, locale, name: category.names[locale], slug: category.slugs[locale] })
          .onConflictDoNothing()
          .run();
      }
    });

    const tagId = (locale: string, name: string) => {
      const slug = slugify(name);
      const existing = tx.select({ id: tags.id }).from(tags).where(and(eq(tags.locale, locale), eq(tags.slug, slug))).get();
      return existing?.id ?? tx.insert(tags).values({ locale, name, slug }).returning({ id: tags.id }).get().id;
    };
    const slugTaken = (locale: string) => (slug: string) =>
      tx.select({ id: articles.id }).from(articles).where(and(eq(articles.locale, locale), eq(articles.slug, slug))).get() !== undefined;

    for (const release of demoReleases) {
      const translationGroupId = `demo-${release.key}`;
      const authorId = userIds[release.author];
      // Four eyes even in demo data: the reviewer of record is never the author.
      const reviewerId = release.author === 'reviewer' ? userIds.admin : userIds.reviewer;
      for (const [locale, translation] of Object.entries(release.translations)) {
        if (!translation) continue;
        const exists = tx
          .select({ id: articles.id })
          .from(articles)
          .where(and(eq(articles.translationGroupId, translationGroupId), eq(articles.locale, locale)))
          .get();
        if (exists) continue;
        const state = translation.state ?? release.state;
        const { status, publishAt, publishedAt } = publication(state, now);
        const createdAt = new Date((publishAt ?? now).getTime() - 2 * 60 * 60 * 1000);
        const body = bodyFromParagraphs(translation.paragraphs);
        const article = tx
          .insert(articles)
          .values({
            translationGroupId,
            locale,
            slug: uniqueSlug(slugify(translation.title), slugTaken(locale)),
            title: translation.title,
            summary: translation.summary,
            body,
            datelineCity: translation.city,
            source: translation.source,
            categoryId: categoryIds.get(release.category) ?? null,
            status,
            authorId,
            lastEditorId: authorId,
            reviewerId: status === 'published' ? reviewerId : null,
            publishAt,
            publishedAt,
            createdAt,
            updatedAt: publishedAt ?? createdAt,
          })
          .returning({ id: articles.id })
          .get();
        tx.insert(articleRevisions)
          .values({ articleId: article.id, version: 1, title: translation.title, summary: translation.summary, body, editorId: authorId, reason: 'save', createdAt, updatedAt: createdAt })
          .run();
        for (const name of translation.tags) {
          tx.insert(articleTags).values({ articleId: article.id, tagId: tagId(locale, name) }).onConflictDoNothing().run();
        }
        afterArticleWrite(tx, { articleId: article.id, previousStatus: null });
        if (state.status === 'changes_requested') {
          tx.insert(reviewComments).values({ articleId: article.id, authorId: reviewerId, body: state.comment }).run();
        }
      }
    }
  });

  const glossaryEmpty = (db.select({ n: count() }).from(searchGlossary).get()?.n ?? 0) === 0;
  if (glossaryEmpty) db.insert(searchGlossary).values(demoGlossary.map((names) => ({ names }))).run();

  return contentCounts(db);
}

export function contentCounts(db: Db) {
  const n = (table: typeof users | typeof categories | typeof tags | typeof articles | typeof searchGlossary) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  const published = db
    .select({ locale: articles.locale, n: count() })
    .from(articles)
    .where(eq(articles.status, 'published'))
    .groupBy(articles.locale)
    .all();
  return {
    users: n(users),
    categories: n(categories),
    tags: n(tags),
    articles: n(articles),
    glossarySets: n(searchGlossary),
    publishedByLocale: Object.fromEntries(published.map((row) => [row.locale, row.n])),
  };
}
