import 'server-only';
import { eq } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import { db } from '../index';
import { users } from '../schema';

export interface CurrentUser extends Actor {
  email: string;
  name: string;
  mustChangePassword: boolean;
}

/**
 * The user as the database says now. Sessions only carry the id, so a demotion or deactivation
 * takes effect on the user's very next request.
 */
export function getCurrentUserById(id: number): CurrentUser | null {
  const row = db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, mustChangePassword: users.mustChangePassword })
    .from(users)
    .where(eq(users.id, id))
    .get();
  return row ?? null;
}

export function findUserForSignIn(email: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
}
