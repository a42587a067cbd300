import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const localEnvFile = path.join(process.cwd(), '.env.local');

/**
 * Writes `.env.local` with a random AUTH_SECRET when none is configured, so a new user has no
 * manual step. Production sets AUTH_SECRET in its environment instead (see README).
 */
export function ensureLocalSecrets(): void {
  // Read before lib/env.ts parses anything: this is what lets that parse find a secret in production.
  if (process.env.AUTH_SECRET) return;
  const existing = fs.existsSync(localEnvFile) ? fs.readFileSync(localEnvFile, 'utf8') : '';
  if (/^AUTH_SECRET=/m.test(existing)) return;
  const secret = crypto.randomBytes(32).toString('base64url');
  const prefix = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  fs.writeFileSync(localEnvFile, `${prefix}# Written by npm run setup for local use; production sets its own.\nAUTH_SECRET=${secret}\n`, { mode: 0o600 });
  console.log('Wrote a random AUTH_SECRET to .env.local');
}

/** Scripts run outside Next, which would otherwise load .env.local for us. Real env vars win. */
export function loadLocalEnv(): void {
  if (fs.existsSync(localEnvFile)) process.loadEnvFile(localEnvFile);
}
