/**
 * `npm run db:restore <folder>`: puts a backup made by `npm run db:backup` back in place of
 * `DATABASE_URL` and `MEDIA_DIR`, once every file matches the manifest and the server is stopped
 * (see scripts/backup/restore.ts). What it replaces is kept beside it (`…before-restore-<time>`).
 */
import path from 'node:path';
import { loadLocalEnv } from './local-env';
import { RestoreRefused, restoreBackup } from './backup/restore';

loadLocalEnv();
const { databasePath } = await import('../db/client');
const { env } = await import('../lib/env');

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: npm run db:restore <backup folder>   (a folder made by npm run db:backup)');
  process.exit(2);
}
const started = performance.now();
try {
  const databaseFile = databasePath();
  const { manifest, setAside } = restoreBackup({ folder: path.resolve(folder), databaseFile, mediaDir: path.resolve(env.MEDIA_DIR) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Restored the backup of ${manifest.createdAt} (${manifest.files.length} files, checksums verified) to ${databaseFile} in ${seconds} s.`);
  if (setAside.length > 0) console.log(`What was there before is kept as:\n  ${setAside.join('\n  ')}`);
  console.log('Start the server (npm start): it applies any migrations newer than the backup.');
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : `Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
