import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Locale } from '@/i18n/config';
import { deskLanguages } from '@/lib/desks';
import type { Role } from '@/lib/domain';
import type { Actor } from '@/lib/permissions';
import { mustEnrolTwoFactor } from '@/lib/two-factor';
import { db } from '../index';
import { users } from '../schema';
import { recordAudit } from './audit';
import { twoFactorRequired } from './settings';

export interface CurrentUser extends Actor {
  email: string;
  name: string;
  mustChangePassword: boolean;
  mustEnrolTwoFactor: boolean;
  /** The user's desks; null: every language. */
  languages: Locale[] | null;
  twoFactorEnabled: boolean;
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  languages: users.languages,
  totpEnabledAt: users.totpEnabledAt,
};

interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  languages: string[] | null;
  totpEnabledAt: Date | null;
}

/** A row as the domain sees it: the desks checked against the known languages, the two-factor duty worked out. */
function toUser({ totpEnabledAt, languages, ...row }: UserRow, required: boolean): CurrentUser {
  const twoFactorEnabled = totpEnabledAt !== null;
  return {
    ...row,
    languages: deskLanguages(languages),
    twoFactorEnabled,
    mustEnrolTwoFactor: mustEnrolTwoFactor({ role: row.role, enrolled: twoFactorEnabled, required }),
  };
}

/**
 * The user as the database says now, with the password hash the session must still match.
 * Sessions only carry the id (and a fingerprint of the hash), so a demotion, deactivation or new
 * password takes effect on the user's very next request.
 */
export function getSessionUserById(id: number): { user: CurrentUser; passwordHash: string } | null {
  const row = db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!row) return null;
  const { passwordHash, ...user } = row;
  return { user: toUser(user, twoFactorRequired()), passwordHash };
}

export function findUserForSignIn(email: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, active: users.active, twoFactorEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
}

export interface ManagedUser extends CurrentUser {
  createdAt: Date;
}

export function listUsers(): ManagedUser[] {
  const required = twoFactorRequired();
  return db
    .select({ ...userColumns, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.name), asc(users.id))
    .all()
    .map(({ createdAt, ...row }) => ({ ...toUser(row, required), createdAt }));
}

export function getManagedUser({ userId }: { userId: number }): ManagedUser | null {
  const found = db.select({ ...userColumns, createdAt: users.createdAt }).from(users).where(eq(users.id, userId)).get();
  if (!found) return null;
  const { createdAt, ...row } = found;
  return { ...toUser(row, twoFactorRequired()), createdAt };
}

/** Sets the languages a user works in (null: all), with its audit entry. */
export function setUserLanguages({ actor, user, languages }: { actor: Actor; user: ManagedUser; languages: Locale[] | null }): void {
  db.transaction((tx) => {
    tx.update(users).set({ languages, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'user.languagesChange',
      entityType: 'user',
      entityId: user.id,
      details: { email: user.email, previous: user.languages, languages },
    });
  });
}

export function getPasswordHash({ userId }: { userId: number }): string | null {
  return db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()?.hash ?? null;
}

/** Creates an account with a temporary password the person must replace; null if the e-mail is taken. */
export function createUser({ actor, name, email, role, passwordHash }: { actor: Actor; name: string; email: string; role: Role; passwordHash: string }): { id: number } | null {
  return insertAccount({ account: { name, email, role, passwordHash, mustChangePassword: true }, actorId: actor.id, action: 'user.create' });
}

/**
 * Creates an administrator from the server's command line (`npm run admin:create`): the first one
 * of a real installation, or one more to regain access. Nobody is signed in to be the actor, and
 * the person at the keyboard chose the password, so there is none to replace. Null if the e-mail
 * is taken.
 */
export function createAdminFromCommandLine({ name, email, passwordHash }: { name: string; email: string; passwordHash: string }): { id: number } | null {
  return insertAccount({ account: { name, email, role: 'admin', passwordHash, mustChangePassword: false }, actorId: null, action: 'user.createFromCommandLine' });
}

function insertAccount({ account, actorId, action }: { account: { name: string; email: string; role: Role; passwordHash: string; mustChangePassword: boolean }; actorId: number | null; action: string }): { id: number } | null {
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, account.email)).get()) return null;
    const created = tx.insert(users).values(account).returning({ id: users.id }).get();
    recordAudit(tx, { actorId, action, entityType: 'user', entityId: created.id, toStatus: account.role, details: { email: account.email, name: account.name } });
    return created;
  });
}

export function changeUserRole({ actor, user, role }: { actor: Actor; user: ManagedUser; role: Role }): void {
  db.transaction((tx) => {
    tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'user.roleChange', entityType: 'user', entityId: user.id, fromStatus: user.role, toStatus: role, details: { email: user.email } });
  });
}

export function setUserActive({ actor, user, active }: { actor: Actor; user: ManagedUser; active: boolean }): void {
  db.transaction((tx) => {
    tx.update(users).set({ active, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: active ? 'user.reactivate' : 'user.deactivate',
      entityType: 'user',
      entityId: user.id,
      fromStatus: user.active ? 'active' : 'inactive',
      toStatus: active ? 'active' : 'inactive',
      details: { email: user.email },
    });
  });
}

/**
 * Stores a new password hash. An admin's reset issues a temporary password (to be replaced at
 * next sign-in); a user's own change clears that flag.
 */
export function setUserPassword({ actor, userId, passwordHash, kind }: { actor: Actor; userId: number; passwordHash: string; kind: 'reset' | 'own' }): void {
  db.transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, mustChangePassword: kind === 'reset', updatedAt: new Date() })
      .where(eq(users.id, userId))
      .run();
    recordAudit(tx, { actorId: actor.id, action: kind === 'reset' ? 'user.passwordReset' : 'user.passwordChange', entityType: 'user', entityId: userId });
  });
}
