import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import type { GlossarySet } from '@/lib/search-text';
import { db } from '../index';
import { searchGlossary } from '../schema';
import { recordAudit } from './audit';

export interface GlossaryEntry {
  id: number;
  names: string[];
}

/** Every set of the search glossary, oldest first (the order the newsroom built it in). */
export function listSearchGlossary(): GlossaryEntry[] {
  return db.select({ id: searchGlossary.id, names: searchGlossary.names }).from(searchGlossary).orderBy(asc(searchGlossary.id)).all();
}

/** The glossary as a search query expands with it. */
export function searchGlossarySets(): GlossarySet[] {
  return listSearchGlossary().map((entry) => entry.names);
}

export function glossarySetExists({ setId }: { setId: number }): boolean {
  return db.select({ id: searchGlossary.id }).from(searchGlossary).where(eq(searchGlossary.id, setId)).get() !== undefined;
}

export function createGlossarySet({ actor, names }: { actor: Actor; names: string[] }): number {
  return db.transaction((tx) => {
    const { id } = tx.insert(searchGlossary).values({ names }).returning({ id: searchGlossary.id }).get();
    recordAudit(tx, { actorId: actor.id, action: 'glossary.create', entityType: 'glossary', entityId: id, details: { names } });
    return id;
  });
}

export function updateGlossarySet({ actor, setId, names }: { actor: Actor; setId: number; names: string[] }): void {
  db.transaction((tx) => {
    const previous = tx.select({ names: searchGlossary.names }).from(searchGlossary).where(eq(searchGlossary.id, setId)).get()?.names ?? null;
    tx.update(searchGlossary).set({ names, updatedAt: new Date() }).where(eq(searchGlossary.id, setId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'glossary.update', entityType: 'glossary', entityId: setId, details: { previous, names } });
  });
}

export function deleteGlossarySet({ actor, setId }: { actor: Actor; setId: number }): void {
  db.transaction((tx) => {
    const previous = tx.select({ names: searchGlossary.names }).from(searchGlossary).where(eq(searchGlossary.id, setId)).get()?.names ?? null;
    tx.delete(searchGlossary).where(eq(searchGlossary.id, setId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'glossary.delete', entityType: 'glossary', entityId: setId, details: { previous } });
  });
}
