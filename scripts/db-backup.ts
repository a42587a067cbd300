/**
 * `npm run db:backup [-- <folder>]`: a consistent copy of the database and the media library,
 * taken while the site serves (see scripts/backup/backup.ts), into a timestamped folder under
 * `<folder>` (default `BAYAN_BACKUP_DIR`, else `data/backups`). Prints the folder it made.
 */
import path from 'node:path';
import { createBackup } from './backup/backup';
import { loadLocalEnv } from './local-env';

loadLocalEnv();
const { databasePath } = await import('../db/client');
const { env } = await import('../lib/env');

const backupRoot = path.resolve(process.argv[2] ?? env.BAYAN_BACKUP_DIR);
const started = performance.now();
try {
  const { folder, manifest } = await createBackup({ databaseFile: databasePath(), mediaDir: path.resolve(env.MEDIA_DIR), backupRoot });
  const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
  console.log(`Backup written to ${folder}`);
  console.log(
    `  ${manifest.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${manifest.counts.articles ?? 0} articles, ${manifest.counts.media ?? 0} images, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log('  Copy the folder off this machine; npm run db:restore <folder> puts it back.');
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
