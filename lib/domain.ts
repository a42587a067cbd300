/** The vocabulary shared by the database schema and the domain rules. */
/** A translator works only on translations of existing releases; see lib/permissions.ts. */
export const roles = ['translator', 'writer', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];

export const articleStatuses = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'withdrawn'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/**
 * A correction's copy goes through the article's own review states (so the same permission rules
 * and four eyes apply), then is applied to the live text or discarded.
 */
export const correctionStatuses = ['draft', 'in_review', 'changes_requested', 'approved', 'applied', 'discarded'] as const;
export type CorrectionStatus = (typeof correctionStatuses)[number];

/** What readers are told of an applied correction: a new "Updated" date only, or a note as well. */
export const correctionKinds = ['updated', 'correction'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

/** Links for people without an account (db/schema.ts `embargoLinks`). */
export const sharedLinkKinds = ['embargo', 'preview'] as const;
export type SharedLinkKind = (typeof sharedLinkKinds)[number];

/** An article as the newsroom lists it (dashboard, article list): one row of those tables. */
export interface NewsroomListRow {
  id: number;
  locale: string;
  title: string;
  authorName: string;
  status: ArticleStatus;
  publishAt: Date | null;
  updatedAt: Date;
}
