import 'server-only';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Locale } from '@/i18n/config';
import type { Actor } from '@/lib/permissions';
import { slugify, uniqueSlug } from '@/lib/slug';
import type { Tx } from '../client';
import { db } from '../index';
import { categories, categoryTranslations } from '../schema';
import { recordAudit } from './audit';

export interface ManagedCategory {
  id: number;
  key: string;
  position: number;
  /** Name and slug per language; a language without a row is missing. */
  translations: Partial<Record<string, { name: string; slug: string }>>;
}

/** Every category in display order, with all its language versions. */
export function listAllCategories(): ManagedCategory[] {
  const rows = db
    .select({ id: categories.id, key: categories.key, position: categories.position, locale: categoryTranslations.locale, name: categoryTranslations.name, slug: categoryTranslations.slug })
    .from(categories)
    .leftJoin(categoryTranslations, eq(categoryTranslations.categoryId, categories.id))
    .orderBy(asc(categories.position), asc(categories.id))
    .all();
  const byId = new Map<number, ManagedCategory>();
  for (const row of rows) {
    const category = byId.get(row.id) ?? { id: row.id, key: row.key, position: row.position, translations: {} };
    if (row.locale && row.name !== null && row.slug !== null) category.translations[row.locale] = { name: row.name, slug: row.slug };
    byId.set(row.id, category);
  }
  return [...byId.values()];
}

/** The editor's category choices: every category, named in the article's language, in display order. */
export function listCategoryOptions({ locale }: { locale: string }) {
  return db
    .select({ id: categories.id, name: categoryTranslations.name })
    .from(categories)
    .innerJoin(categoryTranslations, and(eq(categoryTranslations.categoryId, categories.id), eq(categoryTranslations.locale, locale)))
    .orderBy(categories.position)
    .all();
}

export function categoryExists({ categoryId }: { categoryId: number }): boolean {
  return db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId)).get() !== undefined;
}

function slugTaken(tx: Tx, locale: string, slug: string, exceptCategoryId?: number): boolean {
  const except = exceptCategoryId === undefined ? undefined : ne(categoryTranslations.categoryId, exceptCategoryId);
  const holder = tx.select({ id: categoryTranslations.categoryId }).from(categoryTranslations).where(and(eq(categoryTranslations.locale, locale), eq(categoryTranslations.slug, slug), except)).get();
  return holder !== undefined;
}

export type CategoryWriteResult = { ok: true; id: number } | { ok: false; slugTakenIn: string };

/** Creates a category at the end of the list; slugs must be free in their language. */
export function createCategory({ actor, translations }: { actor: Actor; translations: { locale: Locale; name: string; slug: string }[] }): CategoryWriteResult {
  return db.transaction((tx) => {
    const taken = translations.find((translation) => slugTaken(tx, translation.locale, translation.slug));
    if (taken) return { ok: false, slugTakenIn: taken.locale };
    const keySource = translations.find((translation) => translation.locale === 'en') ?? translations[0];
    const key = uniqueSlug(slugify(keySource?.slug ?? '') || 'category', (candidate) => tx.select({ id: categories.id }).from(categories).where(eq(categories.key, candidate)).get() !== undefined);
    const last = tx.select({ position: categories.position }).from(categories).orderBy(asc(categories.position)).all().at(-1);
    const created = tx
      .insert(categories)
      .values({ key, position: (last?.position ?? -1) + 1 })
      .returning({ id: categories.id })
      .get();
    tx.insert(categoryTranslations)
      .values(translations.map((translation) => ({ categoryId: created.id, ...translation })))
      .run();
    recordAudit(tx, { actorId: actor.id, action: 'category.create', entityType: 'category', entityId: created.id, details: { key, names: Object.fromEntries(translations.map((t) => [t.locale, t.name])) } });
    return { ok: true, id: created.id };
  });
}

/** Sets one language's name and slug (creating that language's row if it was missing). */
export function renameCategory({ actor, categoryId, locale, name, slug }: { actor: Actor; categoryId: number; locale: Locale; name: string; slug: string }): CategoryWriteResult {
  return db.transaction((tx) => {
    if (slugTaken(tx, locale, slug, categoryId)) return { ok: false, slugTakenIn: locale };
    const before = tx
      .select({ name: categoryTranslations.name, slug: categoryTranslations.slug })
      .from(categoryTranslations)
      .where(and(eq(categoryTranslations.categoryId, categoryId), eq(categoryTranslations.locale, locale)))
      .get();
    tx.insert(categoryTranslations)
      .values({ categoryId, locale, name, slug })
      .onConflictDoUpdate({ target: [categoryTranslations.categoryId, categoryTranslations.locale], set: { name, slug } })
      .run();
    tx.update(categories).set({ updatedAt: new Date() }).where(eq(categories.id, categoryId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'category.rename', entityType: 'category', entityId: categoryId, details: { locale, before: before ?? null, after: { name, slug } } });
    return { ok: true, id: categoryId };
  });
}

/** Swaps the category with its neighbour; positions are renumbered 0…n-1 so gaps never accumulate. */
export function moveCategory({ actor, categoryId, direction }: { actor: Actor; categoryId: number; direction: 'up' | 'down' }): void {
  db.transaction((tx) => {
    const ordered = tx.select({ id: categories.id }).from(categories).orderBy(asc(categories.position), asc(categories.id)).all();
    const index = ordered.findIndex((category) => category.id === categoryId);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= ordered.length) return;
    [ordered[index], ordered[target]] = [ordered[target]!, ordered[index]!];
    ordered.forEach((category, position) => tx.update(categories).set({ position }).where(eq(categories.id, category.id)).run());
    recordAudit(tx, { actorId: actor.id, action: 'category.reorder', entityType: 'category', entityId: categoryId, details: { direction, from: index, to: target } });
  });
}
