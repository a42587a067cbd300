import { createHash } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const minimumPasswordLength = 12;

// Argon2id with OWASP's second recommended profile (19 MiB, 2 passes): about 30 ms here, slow
// enough to hurt an offline guesser, fast enough for a sign-in.
// `algorithm: 2` is Argon2id: the package's `Algorithm` is a const enum, unusable under isolatedModules.
const argon2idOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idOptions);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed match, never a crash of the sign-in.
    return false;
  }
}

/**
 * A fingerprint of the password hash, carried in the session token. Every new password gets a
 * new salt and so a new hash: sessions holding the old fingerprint end when the password changes
 * (the user's own change elsewhere, or an administrator's reset).
 */
export function passwordStamp(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 22);
}
