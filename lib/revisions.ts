/** Autosaves by the same person within this window fold into one revision. */
export const coalesceWindowMs = 60_000;

export type SaveKind = 'autosave' | 'save' | 'restore' | 'create' | 'translate' | 'transition' | 'import' | 'correctionStart' | 'correction';

export interface RevisionStamp {
  editorId: number | null;
  reason: string;
  /** When the revision was first written. */
  createdAt: Date;
}

/**
 * Whether a save replaces the latest revision instead of adding one. Only autosaves coalesce, only
 * into an autosave by the same editor that started less than a minute ago: a deliberate save, a
 * restore or another person's words always leave their own revision.
 */
export function shouldCoalesce(latest: RevisionStamp | null, save: { editorId: number; kind: SaveKind; at: Date }): boolean {
  if (!latest || save.kind !== 'autosave' || latest.reason !== 'autosave') return false;
  if (latest.editorId !== save.editorId) return false;
  const age = save.at.getTime() - latest.createdAt.getTime();
  return age >= 0 && age < coalesceWindowMs;
}

/** A save names the version it started from; any other current version means someone saved meanwhile. */
export function isStaleSave(currentVersion: number, baseVersion: number): boolean {
  return currentVersion !== baseVersion;
}
