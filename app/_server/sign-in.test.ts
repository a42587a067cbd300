/** The credentials check behind both the sign-in form and Auth.js's endpoint, on a temporary database. */
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/db/index', async () => (await import('./test-doubles')).memoryDatabaseModule());
vi.mock('next-auth', async () => (await import('./test-doubles')).nextAuthModule());

const { db } = await import('@/db/index');
/** Raw reads for assertions: the test looks at the tables as they are, not through the code under test. */
const rows = (query: string) => db.$client.prepare(query).all();
const { users } = await import('@/db/schema');
const { hashPassword } = await import('@/lib/password');
const { authorizeCredentials, SignInLocked } = await import('@/auth');

const password = 'correct horse battery staple';
const { credentialsRequest: request } = await import('./test-doubles');
const attempt = (email: string, pass: string, ip: string) => authorizeCredentials({ email, password: pass }, request(ip));

beforeAll(async () => {
  const passwordHash = await hashPassword(password);
  db.insert(users)
    .values([
      { email: 'locked@example.test', name: 'Locked', role: 'writer', passwordHash },
      { email: 'fine@example.test', name: 'Fine', role: 'writer', passwordHash },
      { email: 'gone@example.test', name: 'Gone', role: 'writer', passwordHash, active: false },
      { email: 'raced@example.test', name: 'Raced', role: 'writer', passwordHash },
    ])
    .run();
});

describe('sign-in', () => {
  it('accepts the right password, case-insensitively for the e-mail, and audits it', async () => {
    expect(await attempt('Fine@Example.test', password, '192.0.2.1')).toMatchObject({ email: 'fine@example.test' });
    expect(rows(`select action, ip from audit_log where action = 'auth.signIn'`)).toEqual([{ action: 'auth.signIn', ip: '192.0.2.1' }]);
  });

  it('refuses a wrong password, an unknown e-mail and a deactivated account alike', async () => {
    expect(await attempt('fine@example.test', 'wrong password', '192.0.2.2')).toBeNull();
    expect(await attempt('nobody@example.test', password, '192.0.2.3')).toBeNull();
    expect(await attempt('gone@example.test', password, '192.0.2.4')).toBeNull();
    expect(rows(`select count(*) as n from audit_log where action = 'auth.signInFailed'`)).toEqual([{ n: 3 }]);
    // A failed attempt names the account aimed at, never as the one who acted.
    expect(rows(`select actor_id, entity_type from audit_log where action = 'auth.signInFailed'`)).toEqual(Array(3).fill({ actor_id: null, entity_type: 'user' }));
  });

  it('locks an account after 5 failures, even for the right password, from any address', async () => {
    for (let n = 1; n <= 5; n += 1) expect(await attempt('locked@example.test', `wrong ${n}`, `198.51.100.${n}`)).toBeNull();
    await expect(attempt('locked@example.test', password, '198.51.100.99')).rejects.toBeInstanceOf(SignInLocked);
    expect(rows(`select count(*) as n from audit_log where action = 'auth.lockedOut'`)).toEqual([{ n: 1 }]);
    // Refused attempts are not counted: the lock is not extended by hammering.
    expect(rows(`select count(*) as n from login_attempts where email = 'locked@example.test'`)).toEqual([{ n: 5 }]);
    // Other accounts are unaffected.
    expect(await attempt('fine@example.test', password, '198.51.100.99')).toMatchObject({ email: 'fine@example.test' });
  });

  it('locks an address after 5 failures across accounts, unknown ones included', async () => {
    for (let n = 1; n <= 5; n += 1) expect(await attempt(`guess${n}@example.test`, 'wrong', '203.0.113.50')).toBeNull();
    await expect(attempt('fine@example.test', password, '203.0.113.50')).rejects.toBeInstanceOf(SignInLocked);
    expect(await attempt('fine@example.test', password, '203.0.113.51')).toMatchObject({ email: 'fine@example.test' });
  });

  it('a success clears the account counter', async () => {
    for (let n = 1; n <= 4; n += 1) await attempt('fine@example.test', 'wrong', `192.0.2.${10 + n}`);
    expect(await attempt('fine@example.test', password, '192.0.2.20')).not.toBeNull();
    for (let n = 1; n <= 4; n += 1) await attempt('fine@example.test', 'wrong', `192.0.2.${30 + n}`);
    expect(await attempt('fine@example.test', password, '192.0.2.40')).not.toBeNull();
  });

  it('20 parallel wrong guesses at one account: at most 5 reach the password check, then even the right password is refused', async () => {
    const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => attempt('raced@example.test', `wrong ${n}`, `198.18.0.${n + 1}`)));
    // A checked guess ends in null (wrong password); the others were refused by the lock, unchecked.
    const checked = settled.filter((result) => result.status === 'fulfilled');
    const refused = settled.filter((result) => result.status === 'rejected');
    expect(checked).toHaveLength(5);
    expect(refused).toHaveLength(15);
    expect(refused.every((result) => result.reason instanceof SignInLocked)).toBe(true);
    expect(rows(`select count(*) as n from login_attempts where email = 'raced@example.test'`)).toEqual([{ n: 5 }]);
    await expect(attempt('raced@example.test', password, '198.18.1.1')).rejects.toBeInstanceOf(SignInLocked);
  });
});
