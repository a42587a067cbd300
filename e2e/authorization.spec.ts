import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { demoPassword, demoUsers } from './helpers/auth';
import { arrangeData, openDatabaseReader, queryDatabase } from './helpers/database';
import { uniquePhoto } from './helpers/media';
import { formOf, organizationWallTime } from './helpers/newsroom';
import { buildActions, callAction, type ManifestAction } from './helpers/server-actions';
import { uniqueSuffix } from './helpers/users';
import { totpCodeAt } from '../lib/two-factor';

/**
 * Every mutating server action and route handler, replayed over HTTP the way a browser (or someone
 * forging its requests) sends them, by nine kinds of caller (a translator and a reviewer of another
 * language desk among them) against articles, and the corrections of live releases, in every
 * state. A refusal must say so (forbidden / signed out) and leave the database as it was; an
 * allowed call must succeed. The actions come from the build's manifest: a new action without a
 * row here fails.
 */

const roles = ['anonymous', 'writer', 'otherWriter', 'translator', 'reviewer', 'deskReviewer', 'admin', 'deactivated', 'temporary'] as const;
type Role = (typeof roles)[number];
const states = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'withdrawn'] as const;
type State = (typeof states)[number];
/** The states of an open correction (a copy of a published release's text under review). */
const correctionStates = ['draft', 'in_review', 'changes_requested', 'approved'] as const;
type CorrectionState = (typeof correctionStates)[number];

/** Staff roles that may do something at all: the deactivated and temporary-password accounts are admins, the strongest role to lose. */
const active = (role: Role) => role === 'writer' || role === 'otherWriter' || role === 'translator' || role === 'reviewer' || role === 'deskReviewer' || role === 'admin';
/**
 * Reviewers whose desks include the fixtures' language (Arabic): what changes an article or decides
 * its fate. The desk reviewer works in English only; `anyDesk` adds them for what every desk may do
 * (comment, take a link back, manage the library).
 */
const reviewerUp = (role: Role) => role === 'reviewer' || role === 'admin';
const anyDesk = (role: Role) => reviewerUp(role) || role === 'deskReviewer';
const authorOrReviewer = (role: Role) => role === 'writer' || reviewerUp(role);
const authorOrAnyDesk = (role: Role) => role === 'writer' || anyDesk(role);
/** Releases agreed on: what a translator may read and translate. */
const released = (state: State) => state === 'approved' || state === 'published';
const adminOnly = (role: Role) => role === 'admin';

interface Fixture {
  id: number;
  version: number;
  revisionId: number;
  commentId: number;
  linkId: number;
  previewLinkId: number;
  /** The version of the article's open correction, when it has one. */
  correctionVersion?: number;
}

interface ArticleRow {
  kind: 'article';
  /** Which article: a release of the writer's, or the writer's French translation of one. */
  target?: 'article' | 'translation';
  allowed: (role: Role, state: State) => boolean;
  args: (fixture: Fixture) => unknown[];
}

/** An action on the open correction of one of the writer's published releases: judged on the copy's state. */
interface CorrectionRow {
  kind: 'correction';
  allowed: (role: Role, state: CorrectionState) => boolean;
  args: (fixture: Fixture) => unknown[];
}

interface GeneralContext {
  categoryId: number;
  glossarySetId: number;
  mediaId: number;
  targetUserId: number;
  passwords: Record<Role, string>;
  uniqueName: string;
  /** The code of the caller's authenticator app, from the secret their account page shows (none: a wrong code). */
  totpCode: (role: Role) => Promise<string>;
}

interface GeneralRow {
  kind: 'general';
  allowed: (role: Role) => boolean;
  args: (context: GeneralContext, role: Role) => unknown[] | Promise<unknown[]>;
  params?: (context: GeneralContext) => Record<string, number>;
  /** An allowed call deletes its target. */
  consumes?: true;
}

/** Signing in and out need no permission: anyone may post them, and they change nobody's data. */
interface PublicRow {
  kind: 'public';
  args: () => unknown[];
}

type Row = ArticleRow | CorrectionRow | GeneralRow | PublicRow;

const form = formOf;
const messages = JSON.parse(readFileSync('messages/en.json', 'utf8')) as { ActionErrors: Record<string, string> };
const defaultsFor = (locale: string) =>
  (JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as { ArticleDefaults: { datelineCity: string; source: string } }).ArticleDefaults;

const transition = (action: string, allowed: ArticleRow['allowed'], extra: Record<string, string> = {}): ArticleRow => ({
  kind: 'article',
  allowed,
  args: ({ id }) => [{ id, action, ...extra }],
});
const correctionTransition = (action: string, allowed: CorrectionRow['allowed'], extra: Record<string, string> = {}): CorrectionRow => ({
  kind: 'correction',
  allowed,
  args: ({ id }) => [{ id, action, ...extra }],
});
const editorFields = (id: number) => ({
  title: `Edited ${id}`,
  slug: '',
  summary: '',
  datelineCity: 'Jeddah',
  source: 'ICO',
  categoryId: null,
  tags: [],
  publishAt: '',
  featuredMediaId: null,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Changed.' }] }] },
});
const inDays = (days: number) => organizationWallTime(new Date(Date.now() + days * 86_400_000));
/** The writer's own text they may still change, or text in review (for reviewers). */
const editable = (role: Role, state: State | CorrectionState) => (role === 'writer' && (state === 'draft' || state === 'changes_requested')) || (reviewerUp(role) && state === 'in_review');

/** The expected answer of every action, as the newsroom's rules state it (README, lib/permissions.ts). */
const table: Record<string, Row | Record<string, Row>> = {
  saveArticleAction: {
    kind: 'article',
    allowed: editable,
    args: ({ id, version }) => [{ id, baseVersion: version, kind: 'save', fields: editorFields(id) }],
  },
  transitionAction: {
    submit: transition('submit', (role, state) => role === 'writer' && (state === 'draft' || state === 'changes_requested')),
    requestChanges: transition('requestChanges', (role, state) => reviewerUp(role) && state === 'in_review', { comment: 'Please cite the source.' }),
    approve: transition('approve', (role, state) => reviewerUp(role) && state === 'in_review'),
    publish: transition('publish', (role, state) => reviewerUp(role) && (state === 'approved' || state === 'unpublished')),
    unpublish: transition('unpublish', (role, state) => reviewerUp(role) && state === 'published'),
    reopen: transition('reopen', (role, state) => authorOrReviewer(role) && (state === 'approved' || state === 'unpublished' || state === 'withdrawn')),
    withdraw: transition('withdraw', (role, state) => reviewerUp(role) && (state === 'published' || state === 'unpublished'), { reason: 'A court order.' }),
  },
  // Both steps at once: four eyes holds for each (the writer is the author and last editor).
  approveAndPublishAction: { kind: 'article', allowed: (role, state) => reviewerUp(role) && state === 'in_review', args: ({ id }) => [{ id }] },
  restoreRevisionAction: {
    kind: 'article',
    allowed: editable,
    args: ({ id, revisionId }) => [{ id, revisionId }],
  },
  addCommentAction: { kind: 'article', allowed: authorOrAnyDesk, args: ({ id }) => [{ id, body: 'A note.' }] },
  resolveCommentAction: { kind: 'article', allowed: authorOrAnyDesk, args: ({ id, commentId }) => [{ id, commentId }] },
  createEmbargoLinkAction: {
    kind: 'article',
    allowed: (role, state) => reviewerUp(role) && (state === 'approved' || state === 'published'),
    args: ({ id }) => [{ id, expiresAt: organizationWallTime(new Date(Date.now() + 7 * 86_400_000)) }],
  },
  revokeEmbargoLinkAction: { kind: 'article', allowed: anyDesk, args: ({ id, linkId }) => [{ id, linkId }] },
  setExpiryAction: { kind: 'article', allowed: (role, state) => reviewerUp(role) && (state === 'approved' || state === 'published'), args: ({ id }) => [{ id, expiresAt: inDays(3) }] },
  createPreviewLinkAction: { kind: 'article', allowed: (role, state) => authorOrReviewer(role) && state !== 'withdrawn', args: ({ id }) => [{ id, expiresAt: inDays(3) }] },
  revokePreviewLinkAction: { kind: 'article', allowed: authorOrAnyDesk, args: ({ id, previewLinkId }) => [{ id, linkId: previewLinkId }] },
  startCorrectionAction: { kind: 'article', allowed: (role, state) => authorOrReviewer(role) && state === 'published', args: ({ id }) => [{ id }] },
  // The correction (started by the writer) of a published release of theirs.
  saveCorrectionAction: { kind: 'correction', allowed: editable, args: ({ id, correctionVersion }) => [{ id, baseVersion: correctionVersion, kind: 'save', fields: editorFields(id) }] },
  correctionTransitionAction: {
    submit: correctionTransition('submit', (role, state) => role === 'writer' && (state === 'draft' || state === 'changes_requested')),
    requestChanges: correctionTransition('requestChanges', (role, state) => reviewerUp(role) && state === 'in_review', { comment: 'Name the source.' }),
    approve: correctionTransition('approve', (role, state) => reviewerUp(role) && state === 'in_review', { kind: 'correction', note: 'An earlier version gave the wrong date.' }),
    discard: correctionTransition('discard', (role) => authorOrReviewer(role)),
  },
  // Into French: not the English desk's language; a translator, from agreed releases only.
  translateArticleAction: {
    kind: 'article',
    allowed: (role, state) => authorOrReviewer(role) || (role === 'translator' && released(state)),
    args: ({ id }) => [null, form({ id: String(id), locale: 'fr' })],
  },
  // Vouching for the French text: its writer, or a reviewer of the French desk; not any translator.
  markTranslationUpdatedAction: { kind: 'article', target: 'translation', allowed: authorOrReviewer, args: ({ id }) => [{ id }] },
  createArticleAction: { kind: 'general', allowed: (role) => active(role) && role !== 'translator', args: (context) => [null, form({ locale: 'en', title: `New ${context.uniqueName}` })] },
  markAllReadAction: { kind: 'general', allowed: active, args: () => [{}] },
  saveMediaDetailsAction: {
    kind: 'general',
    allowed: authorOrAnyDesk,
    args: ({ mediaId }) => [{ id: mediaId, credit: 'Agency', texts: { ar: { alt: 'صورة', caption: '' }, en: { alt: 'A photo', caption: '' }, fr: { alt: 'Une photo', caption: '' } } }],
    params: ({ mediaId }) => ({ id: mediaId }),
  },
  removeMediaAction: { kind: 'general', allowed: authorOrAnyDesk, consumes: true, args: ({ mediaId }) => [{ id: mediaId }], params: ({ mediaId }) => ({ id: mediaId }) },
  saveUploadLimitAction: { kind: 'general', allowed: adminOnly, args: () => [{ megabytes: 10 }] },
  createCategoryAction: {
    kind: 'general',
    allowed: adminOnly,
    args: ({ uniqueName }) => [null, form(Object.fromEntries(['ar', 'en', 'fr'].flatMap((locale) => [[`name_${locale}`, `Cat ${uniqueName}`], [`slug_${locale}`, `cat-${uniqueName}`]])))],
  },
  renameCategoryAction: {
    kind: 'general',
    allowed: adminOnly,
    args: ({ categoryId, uniqueName }) => [null, form({ categoryId: String(categoryId), locale: 'en', name: `Renamed ${uniqueName}`, slug: `renamed-${uniqueName}` })],
  },
  moveCategoryAction: { kind: 'general', allowed: adminOnly, args: ({ categoryId }) => [null, form({ categoryId: String(categoryId), direction: 'down' })] },
  // Allowed saves write the values already in force: other specs read these settings meanwhile.
  saveNewsroomDefaultsAction: {
    kind: 'general',
    allowed: adminOnly,
    args: () => [null, form(Object.fromEntries(['ar', 'en', 'fr'].flatMap((locale) => [[`datelineCity_${locale}`, defaultsFor(locale).datelineCity], [`source_${locale}`, defaultsFor(locale).source]])))],
  },
  savePublicDigitsAction: { kind: 'general', allowed: adminOnly, args: () => [null, form({})] },
  saveTimeZoneAction: { kind: 'general', allowed: adminOnly, args: () => [null, form({ timeZone: 'Asia/Riyadh' })] },
  createGlossarySetAction: { kind: 'general', allowed: adminOnly, args: ({ uniqueName }) => [null, form({ names: `zqa${uniqueName}\nzqb${uniqueName}` })] },
  updateGlossarySetAction: {
    kind: 'general',
    allowed: adminOnly,
    args: ({ glossarySetId, uniqueName }) => [null, form({ setId: String(glossarySetId), names: `zqc${uniqueName}\nzqd${uniqueName}` })],
  },
  deleteGlossarySetAction: { kind: 'general', allowed: adminOnly, consumes: true, args: ({ glossarySetId }) => [null, form({ setId: String(glossarySetId) })] },
  createUserAction: {
    kind: 'general',
    allowed: adminOnly,
    args: ({ uniqueName }) => [null, form({ name: `New ${uniqueName}`, email: `e2e-authz-new-${uniqueName}@example.org`, role: 'writer', password: `temporary-${uniqueName}` })],
  },
  changeRoleAction: { kind: 'general', allowed: adminOnly, args: ({ targetUserId }) => [null, form({ userId: String(targetUserId), role: 'reviewer' })], params: ({ targetUserId }) => ({ id: targetUserId }) },
  setActiveAction: { kind: 'general', allowed: adminOnly, args: ({ targetUserId }) => [null, form({ userId: String(targetUserId), active: 'false' })], params: ({ targetUserId }) => ({ id: targetUserId }) },
  setLanguagesAction: {
    kind: 'general',
    allowed: adminOnly,
    args: ({ targetUserId }) => [null, form({ userId: String(targetUserId), languages: 'en' })],
    params: ({ targetUserId }) => ({ id: targetUserId }),
  },
  resetTwoFactorAction: { kind: 'general', allowed: adminOnly, args: ({ targetUserId }) => [null, form({ userId: String(targetUserId) })], params: ({ targetUserId }) => ({ id: targetUserId }) },
  // The setting as it stands (off while these specs run: it would send every reviewer to the setup).
  saveRequireTwoFactorAction: {
    kind: 'general',
    allowed: adminOnly,
    args: () => [null, form(queryDatabase("SELECT 1 FROM settings WHERE key = 'security.requireTwoFactor' AND value = 'true'").length > 0 ? { requireTwoFactor: 'on' } : {})],
  },
  startTwoFactorAction: { kind: 'general', allowed: active, args: () => [null, form({})] },
  confirmTwoFactorAction: { kind: 'general', allowed: active, args: async ({ totpCode }, role) => [null, form({ code: await totpCode(role) })] },
  resetPasswordAction: {
    kind: 'general',
    allowed: adminOnly,
    args: ({ targetUserId, uniqueName }) => [null, form({ userId: String(targetUserId), password: `another-temporary-${uniqueName}` })],
    params: ({ targetUserId }) => ({ id: targetUserId }),
  },
  // Last: an allowed change of one's own password ends the sessions opened with the old one.
  changeOwnPasswordAction: {
    kind: 'general',
    allowed: (role) => active(role) || role === 'temporary',
    args: ({ passwords }, role) => [null, form({ currentPassword: passwords[role], newPassword: `${passwords[role]}-changed`, confirmation: `${passwords[role]}-changed` })],
  },
  // An address nobody has: failed sign-ins count towards an account's lockout, and other specs sign in meanwhile.
  signInWithPasswordAction: { kind: 'public', args: () => [null, form({ email: 'e2e-authz-nobody@example.org', password: 'not-the-password', callbackUrl: '/en/admin' })] },
  // Without the first step's challenge cookie the code is not even looked at.
  signInWithCodeAction: { kind: 'public', args: () => [null, form({ code: '123456', callbackUrl: '/en/admin' })] },
  signOutAction: { kind: 'public', args: () => [form({})] },
};

/** Route handlers that accept more than GET and HEAD, and how each is checked. */
const mutatingRoutes = ['app/api/auth/[...nextauth]/route.ts POST', 'app/api/media/route.ts POST'];

function routeHandlerMethods(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'route.ts') {
        const source = readFileSync(path, 'utf8');
        for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) if (new RegExp(`export (const|async function|function) (\\{[^}]*\\b)?${method}\\b`).test(source)) found.push(`${path} ${method}`);
      }
    }
  };
  walk('app');
  return found.sort();
}

const refusals = new Set(['unauthenticated', 'forbidden']);
const refusalMessages = new Set([messages.ActionErrors.unauthenticated, messages.ActionErrors.forbidden]);

function isRefusal(result: unknown): boolean {
  const answer = result as { ok?: boolean; code?: string; message?: string } | undefined;
  return answer?.ok === false && (refusals.has(answer.code ?? '') || refusalMessages.has(answer.message ?? ''));
}

test('every mutating server action and route handler refuses whoever may not call it, and changes nothing then', async ({ playwright, baseURL }) => {
  test.setTimeout(360_000);
  const origin = baseURL!;
  const run = uniqueSuffix();
  const contexts: APIRequestContext[] = [];
  const newContext = async (address: string, cookie?: string) => {
    const context = await playwright.request.newContext({
      baseURL: origin,
      extraHTTPHeaders: { 'x-forwarded-for': address, 'accept-language': 'en', ...(cookie ? { cookie } : {}) },
    });
    contexts.push(context);
    return context;
  };
  const signIn = async (context: APIRequestContext, email: string, password: string) => {
    const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await context.post('/api/auth/callback/credentials', { form: { email, password, csrfToken, callbackUrl: '/' }, maxRedirects: 0 });
    expect(response.status(), `sign-in of ${email}`).toBe(302);
    const session = (await (await context.get('/api/auth/session')).json()) as { user?: { email?: string } } | null;
    expect(session?.user?.email, `session of ${email}`).toBe(email);
  };

  const actions = buildActions();
  const byName = new Map(actions.map((action) => [action.exportedName, action]));
  const action = (name: string): ManifestAction => byName.get(name)!;

  await test.step('the table names every action of the build and every mutating route handler', () => {
    expect(actions.map((entry) => entry.exportedName).sort()).toEqual(Object.keys(table).sort());
    expect(routeHandlerMethods()).toEqual(mutatingRoutes);
  });

  // --- Callers: dedicated accounts, so their audit trail is theirs alone while other specs run.
  const admin = await newContext(`10.77.0.1`);
  await signIn(admin, demoUsers.admin, demoPassword);
  const passwords = {} as Record<Role, string>;
  const ids = {} as Record<Role, number>;
  const callers = {} as Record<Role, APIRequestContext>;
  const createAccount = async (role: Role, kind: 'translator' | 'writer' | 'reviewer' | 'admin') => {
    const email = `e2e-authz-${role.toLowerCase()}-${run}@example.org`;
    passwords[role] = `temporary-${role}-${run}`;
    const answer = await callAction(admin, origin, action('createUserAction'), [null, form({ name: `Authz ${role}`, email, role: kind, password: passwords[role] })]);
    expect(answer.result, `account for ${role}: ${JSON.stringify(answer.result)}`).toMatchObject({ ok: true });
    ids[role] = queryDatabase<{ id: number }>('SELECT id FROM users WHERE email = ?', email)[0]!.id;
    callers[role] = await newContext(`10.77.${roles.indexOf(role) + 1}.1`);
    await signIn(callers[role], email, passwords[role]);
    if (role === 'temporary') return email;
    // Everyone but the temporary-password holder chooses their own password (and gets a new session).
    const chosen = `chosen-${role}-${run}`;
    const changed = await callAction(callers[role], origin, action('changeOwnPasswordAction'), [null, form({ currentPassword: passwords[role], newPassword: chosen, confirmation: chosen })]);
    expect(changed.result, `password of ${role}`).toMatchObject({ ok: true });
    passwords[role] = chosen;
    return email;
  };
  await test.step('sign in once per caller', async () => {
    callers.anonymous = await newContext('10.77.0.2', 'authjs.session-token=');
    await createAccount('writer', 'writer');
    await createAccount('otherWriter', 'writer');
    await createAccount('translator', 'translator');
    await createAccount('reviewer', 'reviewer');
    await createAccount('deskReviewer', 'reviewer');
    const desk = await callAction(admin, origin, action('setLanguagesAction'), [null, form({ userId: String(ids.deskReviewer), languages: 'en' })], { id: ids.deskReviewer });
    expect(desk.result, 'the desk reviewer works in English only').toMatchObject({ ok: true });
    await createAccount('admin', 'admin');
    await createAccount('deactivated', 'admin');
    await createAccount('temporary', 'admin');
    const off = await callAction(admin, origin, action('setActiveAction'), [null, form({ userId: String(ids.deactivated), active: 'false' })], { id: ids.deactivated });
    expect(off.result).toMatchObject({ ok: true });
  });
  const ourUsers = () => Object.values(ids).join(',');
  const reader = openDatabaseReader();

  // --- What "nothing changed" means: every row these callers or their articles could touch.
  const snapshot = (extra: string[] = []) => {
    const users = ourUsers();
    const queries = [
      `SELECT * FROM audit_log WHERE actor_id IN (${users}) ORDER BY id`,
      `SELECT * FROM users WHERE id IN (${users}) OR email LIKE 'e2e-authz-new-%' ORDER BY id`,
      `SELECT * FROM articles WHERE author_id IN (${users}) OR last_editor_id IN (${users}) ORDER BY id`,
      `SELECT * FROM article_revisions WHERE article_id IN (SELECT id FROM articles WHERE author_id IN (${users})) ORDER BY id`,
      `SELECT * FROM review_comments WHERE article_id IN (SELECT id FROM articles WHERE author_id IN (${users})) ORDER BY id`,
      `SELECT * FROM embargo_links WHERE article_id IN (SELECT id FROM articles WHERE author_id IN (${users})) ORDER BY id`,
      `SELECT * FROM article_corrections WHERE article_id IN (SELECT id FROM articles WHERE author_id IN (${users})) ORDER BY id`,
      `SELECT * FROM recovery_codes WHERE user_id IN (${users}) ORDER BY id`,
      // Notices about these callers' articles or acts, and which of theirs were read: other specs,
      // running alongside, submit releases whose (unread) notices reach these reviewers too.
      `SELECT * FROM notifications WHERE actor_id IN (${users}) OR article_id IN (SELECT id FROM articles WHERE author_id IN (${users})) ORDER BY id`,
      `SELECT id, read_at FROM notifications WHERE user_id IN (${users}) AND read_at IS NOT NULL ORDER BY id`,
      ...extra,
    ];
    const hash = createHash('sha256');
    for (const rows of reader.all(queries)) hash.update(JSON.stringify(rows));
    return hash.digest('hex');
  };

  // --- Fixtures: the writer's articles, made through the actions, then put in each state.
  const reviewedStates: readonly State[] = ['approved', 'published', 'unpublished', 'withdrawn'];
  const wentOut: readonly State[] = ['published', 'unpublished', 'withdrawn'];
  const createArticle = async (title: string): Promise<number> => {
    const answer = await callAction(callers.writer, origin, action('createArticleAction'), [null, form({ locale: 'ar', title })]);
    expect(answer.redirect, 'a new draft opens in the editor').toMatch(/\/admin\/articles\/\d+/);
    return Number(/\/admin\/articles\/(\d+)/.exec(answer.redirect!)![1]);
  };
  const putInState = (id: number, state: State) => {
    const now = Date.now();
    arrangeData(
      'UPDATE articles SET status = ?, reviewer_id = ?, published_at = ?, withdrawn_at = ?, withdrawal_reason = ? WHERE id = ?',
      state,
      reviewedStates.includes(state) ? ids.reviewer : null,
      wentOut.includes(state) ? now - 60_000 : null,
      state === 'withdrawn' ? now - 30_000 : null,
      state === 'withdrawn' ? 'A court order.' : null,
      id,
    );
  };
  // Two templates made through the actions (a release with a comment, and its French translation
  // whose source has moved on since); each fixture is a copy of one, in its own translation group.
  const makeTemplate = async (id: number) => {
    const comment = await callAction(callers.writer, origin, action('addCommentAction'), [{ id, body: 'First note.' }], { id });
    expect(comment.result).toMatchObject({ ok: true });
    return id;
  };
  const templateSource = await createArticle(`مصدر ${run}`);
  const translated = await callAction(callers.writer, origin, action('translateArticleAction'), [null, form({ id: String(templateSource), locale: 'fr' })], { id: templateSource });
  const templates = {
    article: await makeTemplate(templateSource),
    translation: await makeTemplate(Number(/\/admin\/articles\/(\d+)/.exec(translated.redirect ?? '')?.[1])),
  };
  arrangeData('UPDATE articles SET version = version + 1 WHERE id = ?', templateSource);
  const articleColumns = queryDatabase<{ name: string }>("SELECT name FROM pragma_table_info('articles') WHERE name <> 'id'").map((column) => column.name);
  const copied = (columns: string[], replaced: Record<string, string>) => columns.map((column) => replaced[column] ?? column).join(', ');
  const makeFixture = (state: State, target: 'article' | 'translation'): Fixture => {
    const group = `authz-${uniqueSuffix()}`;
    arrangeData(
      `INSERT INTO articles (${articleColumns.join(', ')}) SELECT ${copied(articleColumns, { slug: '?', translation_group_id: '?' })} FROM articles WHERE id = ?`,
      group,
      group,
      templates[target],
    );
    const id = queryDatabase<{ id: number }>('SELECT id FROM articles WHERE translation_group_id = ?', group)[0]!.id;
    arrangeData(
      'INSERT INTO article_revisions (article_id, version, title, summary, body, editor_id, reason, created_at, updated_at) SELECT ?, version, title, summary, body, editor_id, reason, created_at, updated_at FROM article_revisions WHERE article_id = ?',
      id,
      templates[target],
    );
    arrangeData('INSERT INTO review_comments (article_id, author_id, body, quote, created_at) SELECT ?, author_id, body, quote, created_at FROM review_comments WHERE article_id = ?', id, templates[target]);
    putInState(id, state);
    arrangeData('INSERT INTO embargo_links (article_id, token, expires_at, created_by, created_at) VALUES (?, ?, ?, ?, ?)', id, `authz-${uniqueSuffix()}`, Date.now() + 86_400_000, ids.reviewer, Date.now());
    const one = (sql: string) => queryDatabase<{ id: number }>(sql, id)[0]!.id;
    const revisionId = one('SELECT id FROM article_revisions WHERE article_id = ? ORDER BY id LIMIT 1');
    arrangeData(
      "INSERT INTO embargo_links (article_id, kind, revision_id, token, expires_at, created_by, created_at) VALUES (?, 'preview', ?, ?, ?, ?, ?)",
      id,
      revisionId,
      `authz-${uniqueSuffix()}`,
      Date.now() + 86_400_000,
      ids.writer,
      Date.now(),
    );
    return {
      id,
      version: queryDatabase<{ version: number }>('SELECT version FROM articles WHERE id = ?', id)[0]!.version,
      revisionId,
      commentId: one('SELECT id FROM review_comments WHERE article_id = ? ORDER BY id LIMIT 1'),
      linkId: one("SELECT id FROM embargo_links WHERE article_id = ? AND kind = 'embargo' ORDER BY id DESC LIMIT 1"),
      previewLinkId: one("SELECT id FROM embargo_links WHERE article_id = ? AND kind = 'preview' ORDER BY id DESC LIMIT 1"),
    };
  };
  /** A published release of the writer's with a correction the writer started, in `state` (an approved one waits for its time). */
  const makeCorrectionFixture = (state: CorrectionState): Fixture => {
    const fixture = makeFixture('published', 'article');
    const approved = state === 'approved';
    arrangeData(
      `INSERT INTO article_corrections (article_id, status, title, summary, body, author_id, last_editor_id, reviewer_id, kind, apply_at, created_at, updated_at)
       SELECT id, ?, title, summary, body, author_id, author_id, ?, ?, ?, ?, ? FROM articles WHERE id = ?`,
      state,
      approved ? ids.reviewer : null,
      approved ? 'updated' : null,
      approved ? Date.now() + 86_400_000 : null,
      Date.now(),
      Date.now(),
      fixture.id,
    );
    return { ...fixture, correctionVersion: 1 };
  };

  /** The general actions' targets, shared until an allowed call consumes them. */
  let targets: GeneralContext | undefined;
  /** One article per state and kind, shared by every call that leaves it as it was. */
  const fixtures = new Map<string, Fixture>();
  let tried = 0;
  const check = async (label: string, caller: APIRequestContext, entry: ManifestAction, args: unknown[], params: Record<string, number> | undefined, allowed: boolean, extra: string[] = []) => {
    const before = snapshot(extra);
    const answer = await callAction(caller, origin, entry, args, params);
    tried += 1;
    if (allowed) {
      expect(answer.status, label).toBe(200);
      expect(answer.redirect !== null || (answer.result as { ok?: boolean } | undefined)?.ok === true, `${label}: allowed, succeeds (${JSON.stringify(answer.result)})`).toBe(true);
      return;
    }
    expect(isRefusal(answer.result), `${label}: refused as forbidden or signed out (${answer.status} ${JSON.stringify(answer.result)})`).toBe(true);
    expect(snapshot(extra), `${label}: nothing changed`).toBe(before);
  };

  // --- Route handlers, as plain HTTP (before the actions: the last row changes passwords).
  await test.step('POST /api/media (upload)', async () => {
    for (const role of roles) {
      const before = snapshot([`SELECT id FROM media WHERE uploaded_by IN (${ourUsers()})`]);
      const photo = await uniquePhoto(40, 30);
      const response = await callers[role].post('/api/media?locale=en', { multipart: { file: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo } } });
      tried += 1;
      if (active(role)) expect(response.status(), `upload as ${role}`).toBe(201);
      else {
        expect([401, 403], `upload as ${role}`).toContain(response.status());
        expect(snapshot([`SELECT id FROM media WHERE uploaded_by IN (${ourUsers()})`]), `upload as ${role}: nothing stored`).toBe(before);
      }
    }
  });
  await test.step('POST /api/auth (sign-in): a wrong password changes nobody’s data, a body past 16 KB is refused unread', async () => {
    const context = await newContext('10.79.0.1');
    const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const before = snapshot();
    const wrong = await context.post('/api/auth/callback/credentials', { form: { email: 'e2e-authz-nobody@example.org', password: 'wrong', csrfToken }, maxRedirects: 0 });
    expect(wrong.status()).toBe(302);
    expect(wrong.headers().location).toContain('error=CredentialsSignin');
    const huge = await context.post('/api/auth/callback/credentials', { form: { email: 'e2e-authz-nobody@example.org', password: 'x'.repeat(20_000), csrfToken }, maxRedirects: 0 });
    expect(huge.status()).toBe(413);
    tried += 2;
    expect(snapshot()).toBe(before);
  });

  for (const [name, rowOrVariants] of Object.entries(table)) {
    const variants: [string, Row][] = 'kind' in rowOrVariants ? [[name, rowOrVariants as Row]] : Object.entries(rowOrVariants).map(([variant, row]) => [`${name}:${variant}`, row]);
    for (const [label, row] of variants) {
      await test.step(label, async () => {
        const entry = action(name);
        if (row.kind === 'public') {
          for (const role of roles) {
            const before = snapshot();
            const answer = await callAction(await newContext(`10.78.${roles.indexOf(role)}.${tried % 250}`), origin, entry, row.args());
            tried += 1;
            expect(answer.status, `${label} as ${role}`).toBeLessThan(500);
            expect(snapshot(), `${label} as ${role}: nothing changed`).toBe(before);
          }
          return;
        }
        if (row.kind === 'general') {
          for (const role of roles) {
            targets ??= await generalContext();
            await check(`${label} as ${role}`, callers[role], entry, await row.args(targets, role), row.params?.(targets), row.allowed(role), targetRows(targets));
            // A deleted image or glossary set cannot be the next caller's target.
            if (row.allowed(role) && row.consumes) targets = undefined;
          }
          return;
        }
        if (row.kind === 'correction') {
          for (const state of correctionStates) {
            const key = `correction ${state}`;
            for (const role of roles) {
              const fixture = fixtures.get(key) ?? makeCorrectionFixture(state);
              fixtures.set(key, fixture);
              const allowed = row.allowed(role, state);
              await check(`${label} as ${role} on a ${state} correction`, callers[role], entry, row.args(fixture), { id: fixture.id }, allowed);
              if (allowed) fixtures.delete(key);
            }
          }
          return;
        }
        for (const state of states) {
          const key = `${row.target ?? 'article'} ${state}`;
          for (const role of roles) {
            const fixture = fixtures.get(key) ?? makeFixture(state, row.target ?? 'article');
            fixtures.set(key, fixture);
            const allowed = row.allowed(role, state);
            await check(`${label} as ${role} on a ${state} article`, callers[role], entry, row.args(fixture), { id: fixture.id }, allowed);
            // An allowed call changed the article (or made a translation): the next call gets a fresh one.
            if (allowed) fixtures.delete(key);
          }
        }
      });
    }
  }

  // The figure for the closing note.
  console.log(`authorization matrix: ${tried} requests`);
  for (const context of contexts) await context.dispose();
  reader.close();

  /** Targets of the general actions: an image of the writer's, a category, a glossary set and an account, fresh for each row. */
  async function generalContext(): Promise<GeneralContext> {
    const uniqueName = uniqueSuffix();
    const upload = await callers.writer.post('/api/media?locale=en', { multipart: { file: { name: 'target.jpg', mimeType: 'image/jpeg', buffer: await uniquePhoto(40, 30) } } });
    expect(upload.status()).toBe(201);
    const mediaId = ((await upload.json()) as { image: { id: number } }).image.id;
    const category = await callAction(admin, origin, action('createCategoryAction'), [null, form(Object.fromEntries(['ar', 'en', 'fr'].flatMap((locale) => [[`name_${locale}`, `T ${uniqueName}`], [`slug_${locale}`, `t-${uniqueName}`]])))]);
    expect(category.result).toMatchObject({ ok: true });
    const categoryId = queryDatabase<{ category_id: number }>("SELECT category_id FROM category_translations WHERE locale = 'en' AND slug = ?", `t-${uniqueName}`)[0]!.category_id;
    const glossary = await callAction(admin, origin, action('createGlossarySetAction'), [null, form({ names: `zqt${uniqueName}\nzqu${uniqueName}` })]);
    expect(glossary.result).toMatchObject({ ok: true });
    const glossarySetId = queryDatabase<{ id: number }>('SELECT id FROM search_glossary ORDER BY id DESC LIMIT 1')[0]!.id;
    const targetEmail = `e2e-authz-target-${uniqueName}@example.org`;
    const target = await callAction(admin, origin, action('createUserAction'), [null, form({ name: `Target ${uniqueName}`, email: targetEmail, role: 'writer', password: `temporary-${uniqueName}` })]);
    expect(target.result).toMatchObject({ ok: true });
    const targetUserId = queryDatabase<{ id: number }>('SELECT id FROM users WHERE email = ?', targetEmail)[0]!.id;
    // The target has two-factor sign-in on, so that an admin's reset of it has something to reset.
    arrangeData('UPDATE users SET totp_secret = ?, totp_enabled_at = ? WHERE id = ?', 'v1.authz-target', Date.now(), targetUserId);
    const totpCode = async (role: Role) => {
      const page = await (await callers[role].get('/en/admin/account')).text();
      const secret = /data-testid="totp-secret"[^>]*>([^<]+)</.exec(page)?.[1]?.replace(/\s/g, '');
      return secret ? totpCodeAt(secret, new Date()) : '000000';
    };
    return { categoryId, glossarySetId, mediaId, targetUserId, passwords, uniqueName, totpCode };
  }
});

/** The rows a general action aims at, beyond the callers' own audit trail. */
function targetRows({ categoryId, glossarySetId, mediaId, targetUserId }: GeneralContext): string[] {
  return [
    `SELECT * FROM media WHERE id = ${mediaId}`,
    `SELECT * FROM media_translations WHERE media_id = ${mediaId} ORDER BY locale`,
    `SELECT * FROM categories WHERE id = ${categoryId}`,
    `SELECT * FROM category_translations WHERE category_id = ${categoryId} ORDER BY locale`,
    `SELECT * FROM search_glossary WHERE id = ${glossarySetId}`,
    `SELECT * FROM users WHERE id = ${targetUserId}`,
    "SELECT * FROM settings WHERE key LIKE 'media.%' OR key LIKE 'security.%'",
  ];
}
