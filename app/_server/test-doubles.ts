/**
 * Stand-ins shared by the vitest specs of app/_server. `vi.mock` factories are hoisted above the
 * imports, so each spec loads this module inside its own factory:
 * `vi.mock('@/db/index', async () => (await import('./test-doubles')).memoryDatabaseModule())`.
 */
import { vi } from 'vitest';

/** `@/db/index` on a fresh in-memory database, migrated like a real one. */
export async function memoryDatabaseModule() {
  const { openDatabase, migrateDatabase } = await import('@/db/client');
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return { db };
}

/**
 * `next-auth` with only the session cookie simulated: `auth()` answers `session()` (no session by
 * default), while auth.ts's own checks run for real.
 */
export function nextAuthModule(session: () => unknown = () => null) {
  return {
    default: () => ({ auth: async () => session(), handlers: {}, signIn: vi.fn(), signOut: vi.fn() }),
    AuthError: class extends Error {},
    CredentialsSignin: class extends Error {},
  };
}

/** A request to Auth.js's credentials endpoint as the reverse proxy forwards it from `ip`. */
export const credentialsRequest = (ip: string) => new Request('http://localhost/api/auth/callback/credentials', { headers: { 'x-forwarded-for': ip } });
