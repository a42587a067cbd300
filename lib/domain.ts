/** The vocabulary shared by the database schema and the domain rules. */
/** A translator works only on translations of existing releases; see lib/permissions.ts. */
export const roles = ['translator', 'writer', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];

export const articleStatuses = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

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
