/** Two-factor sign-in through the credentials check behind the form and Auth.js's endpoint, on a temporary database. */
import { beforeAll, describe, expect, it, vi } from 'vitest';

process.env.AUTH_SECRET ??= 'a-test-auth-secret-of-at-least-thirty-two-characters';

vi.mock('@/db/index', async () => (await import('./test-doubles')).memoryDatabaseModule());
vi.mock('next-auth', async () => (await import('./test-doubles')).nextAuthModule());

const { db } = await import('@/db/index');
const rows = (query: string) => db.$client.prepare(query).all();
const { users } = await import('@/db/schema');
const { hashPassword } = await import('@/lib/password');
const { encryptTotpSecret, newRecoveryCodes, totpCodeAt } = await import('@/lib/two-factor');
const { confirmEnrolment, startEnrolment } = await import('@/db/queries/two-factor');
const { authorizeCredentials, SecondFactorRequired, SignInLocked } = await import('@/auth');

const password = 'correct horse battery staple';
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const { credentialsRequest: request } = await import('./test-doubles');
let recoveryCodes: string[] = [];

/** The first step: the password, answered (for these accounts) with a challenge instead of a session. */
async function challengeFor(email: string, ip: string): Promise<string> {
  const refusal = await authorizeCredentials({ email, password }, request(ip)).then(
    () => null,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(SecondFactorRequired);
  return (refusal as InstanceType<typeof SecondFactorRequired>).challenge;
}

async function enrol(email: string) {
  const { id } = db.insert(users).values({ email, name: email, role: 'reviewer', passwordHash: await hashPassword(password) }).returning({ id: users.id }).get();
  const actor = { id, role: 'reviewer' as const, active: true };
  startEnrolment({ actor, encryptedSecret: encryptTotpSecret(secret, process.env.AUTH_SECRET!) });
  const codes = newRecoveryCodes();
  confirmEnrolment({ actor, step: 0, codeHashes: await Promise.all(codes.map((code) => hashPassword(code))) });
  return codes;
}

beforeAll(async () => {
  recoveryCodes = await enrol('two-factor@example.test');
  await enrol('guessed@example.test');
});

describe('two-factor sign-in', () => {
  it('a password alone opens no session, and the attempt still counts until a code follows', async () => {
    await challengeFor('two-factor@example.test', '203.0.113.1');
    expect(rows(`select succeeded from login_attempts where email = 'two-factor@example.test'`)).toEqual([{ succeeded: 0 }]);
    expect(rows(`select action from audit_log where action = 'auth.passwordAccepted'`)).toHaveLength(1);
    // A wrong password answers as for any account: nothing says two-factor is on.
    expect(await authorizeCredentials({ email: 'two-factor@example.test', password: 'wrong password' }, request('203.0.113.1'))).toBeNull();
  });

  it('the challenge and the current code sign in, once: the same code cannot be replayed', async () => {
    const challenge = await challengeFor('two-factor@example.test', '203.0.113.2');
    const code = totpCodeAt(secret, new Date());
    expect(await authorizeCredentials({ challenge, code }, request('203.0.113.2'))).toMatchObject({ email: 'two-factor@example.test' });
    expect(await authorizeCredentials({ challenge, code }, request('203.0.113.2'))).toBeNull();
    expect(rows(`select details from audit_log where action = 'auth.signIn'`)).toEqual([{ details: '{"secondFactor":"totp"}' }]);
  });

  it('a recovery code signs in once, typed in any case', async () => {
    const challenge = await challengeFor('two-factor@example.test', '203.0.113.3');
    const code = recoveryCodes[3]!;
    expect(await authorizeCredentials({ challenge, code: code.toLowerCase() }, request('203.0.113.3'))).toMatchObject({ email: 'two-factor@example.test' });
    expect(await authorizeCredentials({ challenge, code }, request('203.0.113.3'))).toBeNull();
    expect(rows(`select count(*) as n from recovery_codes where used_at is not null`)).toEqual([{ n: 1 }]);
  });

  it('a forged or altered challenge is refused before any code is looked at', async () => {
    const challenge = await challengeFor('two-factor@example.test', '203.0.113.4');
    const [, ...rest] = challenge.split('.');
    const otherAccount = ['2', ...rest].join('.');
    expect(await authorizeCredentials({ challenge: otherAccount, code: totpCodeAt(secret, new Date()) }, request('203.0.113.4'))).toBeNull();
    expect(await authorizeCredentials({ challenge: 'x.y.z.w', code: '123456' }, request('203.0.113.4'))).toBeNull();
  });

  it('wrong codes count towards the lock like wrong passwords: then even the right code is refused', async () => {
    const challenge = await challengeFor('guessed@example.test', '198.51.100.7'); // failure 1 (pending)
    for (const guess of ['000000', '111111', '222222', '333333']) expect(await authorizeCredentials({ challenge, code: guess }, request('198.51.100.7'))).toBeNull();
    await expect(authorizeCredentials({ challenge, code: totpCodeAt(secret, new Date()) }, request('198.51.100.7'))).rejects.toBeInstanceOf(SignInLocked);
    await expect(authorizeCredentials({ email: 'guessed@example.test', password }, request('198.51.100.8'))).rejects.toBeInstanceOf(SignInLocked);
    expect(rows(`select count(*) as n from audit_log where action = 'auth.codeFailed' and ip = '198.51.100.7'`)).toEqual([{ n: 4 }]);
  });
});
