import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildFingerprint } from './build-fingerprint';
import { loadLocalEnv } from './local-env';

// `npm start`'s build step: a second start with nothing changed serves in seconds instead of
// rebuilding for a minute and a half. The fingerprint is written only after a successful build.
loadLocalEnv();
// After .env.local is loaded: lib/env parses the environment as it is imported.
const [{ databasePath }, { env }] = await Promise.all([import('../db/client'), import('../lib/env')]);
const root = process.cwd();
const stamp = path.join(root, '.next', 'bayan-build-fingerprint');
const fingerprint = buildFingerprint({ root, env: { SITE_URL: env.SITE_URL, BAYAN_TIME_ZONE: env.BAYAN_TIME_ZONE }, databaseFile: databasePath() });
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint;
if (built) {
  console.log('Build is up to date (sources, lockfile, SITE_URL and database unchanged): not rebuilding.');
} else {
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(stamp, fingerprint);
}
