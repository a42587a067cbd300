/**
 * Server-side refusal of every mutating admin action, tested on the action functions themselves
 * (the same exported functions the forms post to) against a migrated temporary database.
 *
 * Only the session cookie is simulated: `next-auth` is replaced so that `auth()` returns the
 * session under test, while auth.ts's real `getCurrentUser` reloads that user from the database
 * (so a deactivated account is exercised exactly as in production). Calling a Next.js server action
 * over HTTP needs its build-specific action id, which would test Next.js's plumbing rather than our
 * checks; the e2e specs cover the HTTP path for the 403 page and the deactivated session.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionState } from '@/app/_server/safe-action';

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; passwordStamp?: string } }));
/** The address the request comes from, as the server passes it on (server.mjs appends the socket's). */
const client = vi.hoisted(() => ({ address: '192.0.2.200' }));

vi.mock('@/db/index', async () => (await import('./test-doubles')).memoryDatabaseModule());
vi.mock('next-auth', async () => (await import('./test-doubles')).nextAuthModule(() => session.current));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// The article actions' redirect after creating one; the calls under test never reach it.
vi.mock('@/i18n/navigation', () => ({ redirect: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': client.address }) }));
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: string) => Object.assign((key: string) => `${namespace}.${key}`, { has: () => namespace === 'FieldErrors' }),
}));

const { db } = await import('@/db/index');
/** Raw reads for assertions: the test looks at the tables as they are, not through the code under test. */
const rows = (query: string) => db.$client.prepare(query).all();
const { users, categories, categoryTranslations, searchGlossary } = await import('@/db/schema');
const { hashPassword, passwordStamp } = await import('@/lib/password');
const userActions = await import('@/app/[locale]/admin/users/actions');
const categoryActions = await import('@/app/[locale]/admin/categories/actions');
const accountActions = await import('@/app/[locale]/admin/account/actions');
const settingsActions = await import('@/app/[locale]/admin/settings/actions');
const glossaryActions = await import('@/app/[locale]/admin/settings/glossary/actions');
const { revalidateTag } = await import('next/cache');
const { authorizeCredentials, SignInLocked } = await import('@/auth');

const password = 'correct horse battery staple';
const newsroomDefaultsForm = { datelineCity_ar: 'الرباط', source_ar: 'يونا', datelineCity_en: 'Rabat', source_en: 'UNA', datelineCity_fr: 'Dakar', source_fr: 'APS' };
const ids = { admin: 0, reviewer: 0, writer: 0, deactivatedAdmin: 0, target: 0, category: 0, glossarySet: 0 };

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

/** Everything the admin actions can touch, as it stands. */
function snapshot() {
  return ['users', 'categories', 'category_translations', 'settings', 'search_glossary', 'audit_log', 'login_attempts'].map((table) => rows(`select * from ${table} order by 1`));
}

/** A session as Auth.js opens it at sign-in: the user's id and the fingerprint of their password now. */
const signInAs = (id: number | null) => {
  const stored = id === null ? undefined : (db.$client.prepare('select password_hash as hash from users where id = ?').get(id) as { hash: string } | undefined);
  session.current = id === null ? null : { user: { id: String(id) }, ...(stored ? { passwordStamp: passwordStamp(stored.hash) } : {}) };
};

beforeAll(async () => {
  const hash = await hashPassword(password);
  const insert = (email: string, role: 'writer' | 'reviewer' | 'admin', active = true) =>
    db.insert(users).values({ email, name: email, role, active, passwordHash: hash }).returning({ id: users.id }).get().id;
  ids.admin = insert('admin@example.test', 'admin');
  ids.reviewer = insert('reviewer@example.test', 'reviewer');
  ids.writer = insert('writer@example.test', 'writer');
  ids.deactivatedAdmin = insert('former-admin@example.test', 'admin', false);
  ids.target = insert('target@example.test', 'writer');
  ids.category = db.insert(categories).values({ key: 'summits', position: 0 }).returning({ id: categories.id }).get().id;
  db.insert(categories).values({ key: 'statements', position: 1 }).run();
  db.insert(categoryTranslations).values({ categoryId: ids.category, locale: 'en', name: 'Summits', slug: 'summits' }).run();
  ids.glossarySet = db.insert(searchGlossary).values({ names: ['اليونسكو', 'UNESCO'] }).returning({ id: searchGlossary.id }).get().id;
});

beforeEach(() => signInAs(null));

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const adminOnly: { name: string; action: Action; input: () => Record<string, string | number> }[] = [
  { name: 'create user', action: userActions.createUserAction, input: () => ({ name: 'New', email: 'new@example.test', role: 'admin', password: 'a-long-temporary-pass' }) },
  { name: 'change role', action: userActions.changeRoleAction, input: () => ({ userId: ids.target, role: 'admin' }) },
  { name: 'deactivate', action: userActions.setActiveAction, input: () => ({ userId: ids.target, active: 'false' }) },
  { name: 'reactivate', action: userActions.setActiveAction, input: () => ({ userId: ids.deactivatedAdmin, active: 'true' }) },
  { name: 'reset password', action: userActions.resetPasswordAction, input: () => ({ userId: ids.target, password: 'a-long-temporary-pass' }) },
  { name: 'create category', action: categoryActions.createCategoryAction, input: () => ({ name_ar: 'قمم', slug_ar: '', name_en: 'Peaks', slug_en: '', name_fr: 'Sommets', slug_fr: '' }) },
  { name: 'rename category', action: categoryActions.renameCategoryAction, input: () => ({ categoryId: ids.category, locale: 'en', name: 'Hacked', slug: 'hacked' }) },
  { name: 'reorder categories', action: categoryActions.moveCategoryAction, input: () => ({ categoryId: ids.category, direction: 'down' }) },
  { name: 'set default datelines', action: settingsActions.saveNewsroomDefaultsAction, input: () => newsroomDefaultsForm },
  { name: 'switch on Arabic-Indic digits', action: settingsActions.savePublicDigitsAction, input: () => ({ nativeDigits: 'on' }) },
  { name: 'change the organization time zone', action: settingsActions.saveTimeZoneAction, input: () => ({ timeZone: 'Africa/Dakar' }) },
  { name: 'add a glossary set', action: glossaryActions.createGlossarySetAction, input: () => ({ names: 'اليونيسف\nUNICEF' }) },
  { name: 'change a glossary set', action: glossaryActions.updateGlossarySetAction, input: () => ({ setId: ids.glossarySet, names: 'اليونسكو\nUNESCO\nevil' }) },
  { name: 'delete a glossary set', action: glossaryActions.deleteGlossarySetAction, input: () => ({ setId: ids.glossarySet }) },
];

const everyone: typeof adminOnly = [
  { name: 'change own password', action: accountActions.changeOwnPasswordAction, input: () => ({ currentPassword: password, newPassword: 'another-long-password', confirmation: 'another-long-password' }) },
];

const sessions = [
  { who: 'no session', id: () => null, code: 'ActionErrors.unauthenticated' },
  { who: 'a deactivated admin', id: () => ids.deactivatedAdmin, code: 'ActionErrors.unauthenticated' },
  { who: 'a session of a user who no longer exists', id: () => 999_999, code: 'ActionErrors.unauthenticated' },
];

describe('admin-only actions are refused on the server and change nothing', () => {
  const cases = adminOnly.flatMap((action) => [
    ...sessions.map((s) => ({ ...action, ...s })),
    { ...action, who: 'a writer', id: () => ids.writer, code: 'ActionErrors.forbidden' },
    { ...action, who: 'a reviewer', id: () => ids.reviewer, code: 'ActionErrors.forbidden' },
  ]);

  it.each(cases)('$name by $who → $code', async ({ action, input, id, code }) => {
    signInAs(id());
    const before = snapshot();
    const result = await action(null, form(input()));
    expect(result).toMatchObject({ ok: false, message: code });
    expect(snapshot()).toEqual(before);
  });
});

describe('own-password change is refused without an active session', () => {
  it.each(everyone.flatMap((action) => sessions.map((s) => ({ ...action, ...s }))))('$name by $who → $code', async ({ action, input, id, code }) => {
    signInAs(id());
    const before = snapshot();
    expect(await action(null, form(input()))).toMatchObject({ ok: false, message: code });
    expect(snapshot()).toEqual(before);
  });
});

describe('what an admin may and may not do', () => {
  it('creates a user with a temporary password, audited', async () => {
    signInAs(ids.admin);
    const result = await userActions.createUserAction(null, form({ name: 'Layla', email: 'Layla@Example.test', role: 'writer', password: 'a-long-temporary-pass' }));
    expect(result).toEqual({ ok: true, data: null, message: 'Users.created' });
    const created = rows(`select email, must_change_password from users where email = 'layla@example.test'`);
    expect(created).toEqual([{ email: 'layla@example.test', must_change_password: 1 }]);
    expect(rows(`select action, actor_id from audit_log where action = 'user.create'`)).toEqual([{ action: 'user.create', actor_id: ids.admin }]);
  });

  it('refuses a duplicate e-mail, a short password and changing its own role or access', async () => {
    signInAs(ids.admin);
    const before = snapshot();
    expect(await userActions.createUserAction(null, form({ name: 'X', email: 'writer@example.test', role: 'writer', password: 'a-long-temporary-pass' }))).toMatchObject({ ok: false, message: 'ActionErrors.accounts.emailTaken' });
    expect(await userActions.createUserAction(null, form({ name: 'X', email: 'x@example.test', role: 'writer', password: 'short' }))).toMatchObject({ ok: false, fieldErrors: { password: ['FieldErrors.passwordTooShort'] } });
    expect(await userActions.changeRoleAction(null, form({ userId: ids.admin, role: 'writer' }))).toMatchObject({ ok: false, message: 'ActionErrors.accounts.ownAccount' });
    expect(await userActions.setActiveAction(null, form({ userId: ids.admin, active: 'false' }))).toMatchObject({ ok: false, message: 'ActionErrors.accounts.ownAccount' });
    expect(snapshot()).toEqual(before);
  });

  it('deactivation takes effect on the very next request of that user', async () => {
    signInAs(ids.admin);
    expect(await userActions.setActiveAction(null, form({ userId: ids.target, active: 'false' }))).toMatchObject({ ok: true });
    signInAs(ids.target);
    expect(await accountActions.changeOwnPasswordAction(null, form({ currentPassword: password, newPassword: 'another-long-password', confirmation: 'another-long-password' }))).toMatchObject({
      ok: false,
      message: 'ActionErrors.unauthenticated',
    });
    signInAs(ids.admin);
    expect(await userActions.setActiveAction(null, form({ userId: ids.target, active: 'true' }))).toMatchObject({ ok: true });
  });

  it('a demotion takes effect on the very next request', async () => {
    signInAs(ids.admin);
    expect(await userActions.changeRoleAction(null, form({ userId: ids.target, role: 'admin' }))).toMatchObject({ ok: true });
    signInAs(ids.target);
    expect(await categoryActions.moveCategoryAction(null, form({ categoryId: ids.category, direction: 'down' }))).toMatchObject({ ok: true });
    signInAs(ids.admin);
    expect(await userActions.changeRoleAction(null, form({ userId: ids.target, role: 'writer' }))).toMatchObject({ ok: true });
    signInAs(ids.target);
    expect(await categoryActions.moveCategoryAction(null, form({ categoryId: ids.category, direction: 'up' }))).toMatchObject({ ok: false, message: 'ActionErrors.forbidden' });
  });

  it('refuses a category slug already used in that language', async () => {
    signInAs(ids.admin);
    const before = snapshot();
    expect(await categoryActions.createCategoryAction(null, form({ name_ar: 'قمم', slug_ar: '', name_en: 'Summits', slug_en: 'summits', name_fr: 'Sommets', slug_fr: '' }))).toMatchObject({
      ok: false,
      message: 'ActionErrors.accounts.slugTaken',
    });
    expect(snapshot()).toEqual(before);
  });
});

describe('own password', () => {
  it('needs the current password, then clears the temporary-password flag', async () => {
    signInAs(ids.writer);
    expect(await accountActions.changeOwnPasswordAction(null, form({ currentPassword: 'wrong password!', newPassword: 'another-long-password', confirmation: 'another-long-password' }))).toMatchObject({
      ok: false,
      message: 'ActionErrors.accounts.wrongPassword',
    });
    // The wrong guess is counted and audited (see the lockout test below); nothing else changes from here on.
    expect(rows(`select action, actor_id, ip from audit_log where action = 'auth.passwordCheckFailed'`)).toEqual([{ action: 'auth.passwordCheckFailed', actor_id: ids.writer, ip: '192.0.2.200' }]);
    const before = snapshot();
    expect(await accountActions.changeOwnPasswordAction(null, form({ currentPassword: password, newPassword: 'another-long-password', confirmation: 'different-long-password' }))).toMatchObject({
      ok: false,
      fieldErrors: { confirmation: ['FieldErrors.passwordMismatch'] },
    });
    expect(snapshot()).toEqual(before);
    expect(await accountActions.changeOwnPasswordAction(null, form({ currentPassword: password, newPassword: 'another-long-password', confirmation: 'another-long-password' }))).toEqual({ ok: true, data: null, message: 'Account.changed' });
    expect(rows(`select action, actor_id, entity_id from audit_log where action = 'user.passwordChange'`)).toEqual([{ action: 'user.passwordChange', actor_id: ids.writer, entity_id: String(ids.writer) }]);
  });

  it('a new password ends the sessions opened with the old one, whoever set it', async () => {
    const userId = db.insert(users).values({ email: 'rotating@example.test', name: 'Rotating', role: 'writer', passwordHash: await hashPassword(password) }).returning({ id: users.id }).get().id;
    const change = (currentPassword: string, newPassword: string) => accountActions.changeOwnPasswordAction(null, form({ currentPassword, newPassword, confirmation: newPassword }));
    signInAs(userId);
    const openedWithFirstPassword = session.current;

    // An administrator's reset ends it.
    signInAs(ids.admin);
    expect(await userActions.resetPasswordAction(null, form({ userId, password: 'a-long-temporary-pass' }))).toMatchObject({ ok: true });
    session.current = openedWithFirstPassword;
    expect(await change('a-long-temporary-pass', 'the-persons-own-password')).toMatchObject({ ok: false, message: 'ActionErrors.unauthenticated' });

    // So does the person's own change made in another browser.
    signInAs(userId);
    const openedWithTemporaryPassword = session.current;
    expect(await change('a-long-temporary-pass', 'the-persons-own-password')).toEqual({ ok: true, data: null, message: 'Account.changed' });
    session.current = openedWithTemporaryPassword;
    expect(await change('the-persons-own-password', 'yet-another-long-password')).toMatchObject({ ok: false, message: 'ActionErrors.unauthenticated' });
  });

  it('wrong current passwords count towards the account’s lockout, and a locked account cannot change its password', async () => {
    client.address = '198.18.7.1';
    const email = 'guessed@example.test';
    const userId = db.insert(users).values({ email, name: 'Guessed', role: 'writer', passwordHash: await hashPassword(password) }).returning({ id: users.id }).get().id;
    const change = (currentPassword: string) => accountActions.changeOwnPasswordAction(null, form({ currentPassword, newPassword: 'a-password-of-my-own', confirmation: 'a-password-of-my-own' }));
    signInAs(userId);
    for (let n = 1; n <= 5; n += 1) expect(await change(`wrong guess ${n}`)).toMatchObject({ ok: false, message: 'ActionErrors.accounts.wrongPassword' });

    // Locked now: the right current password is refused too, and the password stays as it was.
    // (A refusal is audited but not counted: the lock is not extended by hammering.)
    const stored = () => [rows(`select password_hash, must_change_password from users where email = '${email}'`), rows(`select count(*) as n from login_attempts where email = '${email}'`)];
    const before = stored();
    expect(await change(password)).toMatchObject({ ok: false, message: 'ActionErrors.accounts.passwordChecksLocked' });
    expect(stored()).toEqual(before);
    expect(rows(`select action, actor_id from audit_log where action = 'auth.passwordCheckLocked'`)).toEqual([{ action: 'auth.passwordCheckLocked', actor_id: userId }]);

    // The same lock holds at sign-in, from any address.
    await expect(authorizeCredentials({ email, password }, new Request('http://localhost/api/auth/callback/credentials', { headers: { 'x-forwarded-for': '198.18.7.2' } }))).rejects.toBeInstanceOf(SignInLocked);
  });
});

describe('organization settings', () => {
  it('an admin stores the default dateline and source of every language, audited', async () => {
    signInAs(ids.admin);
    expect(await settingsActions.saveNewsroomDefaultsAction(null, form(newsroomDefaultsForm))).toEqual({ ok: true, data: null, message: 'Settings.defaultsSaved' });
    expect(rows(`select value from settings where key = 'newsroom.defaults'`)).toEqual([
      { value: JSON.stringify({ ar: { datelineCity: 'الرباط', source: 'يونا' }, en: { datelineCity: 'Rabat', source: 'UNA' }, fr: { datelineCity: 'Dakar', source: 'APS' } }) },
    ]);
    expect(rows(`select action, actor_id, entity_type from audit_log where entity_id = 'newsroom.defaults'`)).toEqual([{ action: 'settings.update', actor_id: ids.admin, entity_type: 'setting' }]);
  });

  it('refuses an empty or overlong default and keeps what was stored', async () => {
    signInAs(ids.admin);
    const before = snapshot();
    expect(await settingsActions.saveNewsroomDefaultsAction(null, form({ ...newsroomDefaultsForm, datelineCity_fr: '  ', source_en: 'x'.repeat(101) }))).toMatchObject({
      ok: false,
      message: 'ActionErrors.invalid',
      fieldErrors: { datelineCity_fr: ['FieldErrors.required'], source_en: ['FieldErrors.tooLong'] },
    });
    expect(snapshot()).toEqual(before);
  });

  it('switching the digits expires every public page and the sitemap', async () => {
    signInAs(ids.admin);
    vi.mocked(revalidateTag).mockClear();
    expect(await settingsActions.savePublicDigitsAction(null, form({ nativeDigits: 'on' }))).toEqual({ ok: true, data: null, message: 'Settings.digitsSaved' });
    expect(rows(`select value from settings where key = 'public.nativeDigits'`)).toEqual([{ value: 'true' }]);
    expect(vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag)).toEqual(['public:ar', 'public:en', 'public:fr', 'public:sitemap']);
    // An unticked checkbox posts nothing: that is "off".
    expect(await settingsActions.savePublicDigitsAction(null, form({}))).toMatchObject({ ok: true });
    expect(rows(`select value from settings where key = 'public.nativeDigits'`)).toEqual([{ value: 'false' }]);
  });

  it('the time zone must be one the runtime knows; a change expires every public page', async () => {
    signInAs(ids.admin);
    const before = snapshot();
    expect(await settingsActions.saveTimeZoneAction(null, form({ timeZone: 'Mars/Olympus_Mons' }))).toMatchObject({ ok: false, fieldErrors: { timeZone: ['FieldErrors.timeZone'] } });
    expect(snapshot()).toEqual(before);
    vi.mocked(revalidateTag).mockClear();
    expect(await settingsActions.saveTimeZoneAction(null, form({ timeZone: 'Africa/Dakar' }))).toEqual({ ok: true, data: null, message: 'Settings.timeZoneSaved' });
    expect(rows(`select value from settings where key = 'organization.timeZone'`)).toEqual([{ value: JSON.stringify('Africa/Dakar') }]);
    expect(vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag)).toEqual(['public:ar', 'public:en', 'public:fr', 'public:sitemap']);
  });
});

describe('search glossary', () => {
  const audit = () => rows(`select action, actor_id, entity_type, details from audit_log where entity_type = 'glossary' order by id`);

  it('an admin adds, changes and deletes a set, each step audited', async () => {
    signInAs(ids.admin);
    expect(await glossaryActions.createGlossarySetAction(null, form({ names: ' اليونيسف \n\nUNICEF\nunicef\nUnicef ' }))).toEqual({ ok: true, data: null, message: 'Glossary.created' });
    const [created] = rows(`select id, names from search_glossary order by id desc limit 1`) as { id: number; names: string }[];
    // Blank lines go, and a repeat (after search normalization) is kept once.
    expect(JSON.parse(created!.names)).toEqual(['اليونيسف', 'UNICEF']);
    expect(await glossaryActions.updateGlossarySetAction(null, form({ setId: created!.id, names: 'اليونيسف\nUNICEF\nFonds des Nations unies pour l’enfance' }))).toEqual({ ok: true, data: null, message: 'Glossary.saved' });
    expect(await glossaryActions.deleteGlossarySetAction(null, form({ setId: created!.id }))).toEqual({ ok: true, data: null, message: 'Glossary.deleted' });
    expect(rows(`select id from search_glossary where id = ${created!.id}`)).toEqual([]);
    expect(audit().map((row) => (row as { action: string }).action)).toEqual(['glossary.create', 'glossary.update', 'glossary.delete']);
    expect(audit().every((row) => (row as { actor_id: number }).actor_id === ids.admin)).toBe(true);
  });

  it('refuses a set of one name, of too many names, or of a set that does not exist, and changes nothing', async () => {
    signInAs(ids.admin);
    const before = snapshot();
    expect(await glossaryActions.createGlossarySetAction(null, form({ names: 'UNESCO\nunesco' }))).toMatchObject({ ok: false, fieldErrors: { names: ['FieldErrors.glossaryTooFew'] } });
    const many = Array.from({ length: 13 }, (_, i) => `Name ${i} x${i}`).join('\n');
    expect(await glossaryActions.createGlossarySetAction(null, form({ names: many }))).toMatchObject({ ok: false, fieldErrors: { names: ['FieldErrors.glossaryTooMany'] } });
    expect(await glossaryActions.updateGlossarySetAction(null, form({ setId: 999_999, names: 'a\nb' }))).toMatchObject({ ok: false, message: 'ActionErrors.not_found' });
    expect(await glossaryActions.deleteGlossarySetAction(null, form({ setId: 999_999 }))).toMatchObject({ ok: false, message: 'ActionErrors.not_found' });
    expect(snapshot()).toEqual(before);
  });
});

describe('a missing row is "not found" only to a caller who holds the right', () => {
  const missing = 999_999;
  const articleActions = () => import('@/app/[locale]/admin/articles/actions');
  let articleId = 0;

  beforeAll(async () => {
    const { createArticle } = await import('@/db/queries/article-content');
    const writer = { id: ids.writer, role: 'writer' as const, active: true };
    articleId = createArticle({ actor: writer, input: { locale: 'ar', title: 'بيان القمة', body: { type: 'doc', content: [] }, datelineCity: 'جدة', source: 'يونا' } }).id;
  });

  it('refuses a writer the same way whether the glossary set exists or not; tells an admin it does not', async () => {
    signInAs(ids.writer);
    for (const setId of [missing, ids.glossarySet]) {
      expect(await glossaryActions.updateGlossarySetAction(null, form({ setId, names: 'a\nb' })), `set ${setId}`).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await glossaryActions.deleteGlossarySetAction(null, form({ setId })), `set ${setId}`).toMatchObject({ ok: false, code: 'forbidden' });
    }
    signInAs(ids.admin);
    expect(await glossaryActions.deleteGlossarySetAction(null, form({ setId: missing }))).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses a reviewer the same way whether the user exists or not; tells an admin it does not', async () => {
    signInAs(ids.reviewer);
    for (const userId of [missing, ids.target]) {
      expect(await userActions.changeRoleAction(null, form({ userId, role: 'admin' })), `user ${userId}`).toMatchObject({ ok: false, code: 'forbidden' });
    }
    signInAs(ids.admin);
    expect(await userActions.changeRoleAction(null, form({ userId: missing, role: 'admin' }))).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses a writer publishing whether the article exists or not; tells a reviewer it does not', async () => {
    const { transitionAction } = await articleActions();
    const before = snapshot();
    signInAs(ids.writer);
    for (const id of [missing, articleId]) {
      expect(await transitionAction({ id, action: 'publish' }), `article ${id}`).toMatchObject({ ok: false, code: 'forbidden' });
    }
    signInAs(ids.reviewer);
    expect(await transitionAction({ id: missing, action: 'publish' })).toMatchObject({ ok: false, code: 'not_found' });
    // The writer may edit an article of theirs: for them a missing one is simply not found.
    signInAs(ids.writer);
    expect(await transitionAction({ id: missing, action: 'submit' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(snapshot()).toEqual(before);
  });
});
