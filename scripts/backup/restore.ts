import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseName, filesUnder, type Manifest, manifestName, mediaFolderName, sha256Of } from './backup';

/*
 * `npm run db:restore <folder>`: puts a backup made by `npm run db:backup` back in place, after
 * checking every file against the manifest. Nothing is overwritten: the current database and
 * media folder are moved aside (`…before-restore-<time>`), and only a backup that passed every
 * check is moved in. It refuses while a process (the server) has the database open: a server
 * would go on writing into the file that was moved aside, and those writes would be lost.
 */

export class RestoreRefused extends Error {}

/** Every problem of a backup folder, as a person would fix it; empty when it may be restored. */
export function checkBackup(folder: string): { manifest: Manifest | null; problems: string[] } {
  const manifestFile = path.join(folder, manifestName);
  if (!fs.existsSync(folder)) return { manifest: null, problems: [`${folder} does not exist.`] };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  } catch {
    return { manifest: null, problems: [`${manifestName} is missing or unreadable: this is not a whole backup made by npm run db:backup.`] };
  }
  if (manifest.format !== 1 || !Array.isArray(manifest.files)) return { manifest: null, problems: [`${manifestName} is not a backup manifest this version of Bayan reads.`] };

  const problems: string[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const file = path.resolve(folder, entry.path);
    if (!file.startsWith(path.resolve(folder) + path.sep)) problems.push(`${entry.path}: the manifest names a file outside the backup.`);
    else if (!fs.existsSync(file)) problems.push(`${entry.path}: missing.`);
    else if (fs.statSync(file).size !== entry.size || sha256Of(file) !== entry.sha256) problems.push(`${entry.path}: damaged (its checksum differs from the manifest).`);
  }
  if (!listed.has(databaseName)) problems.push(`${databaseName}: not listed in the manifest.`);
  for (const extra of filesUnder(folder)) if (extra !== manifestName && !listed.has(extra)) problems.push(`${extra}: not in the manifest (added after the backup was made).`);
  if (problems.length === 0) {
    const db = new Database(path.join(folder, databaseName), { readonly: true, fileMustExist: true });
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`${databaseName}: fails SQLite's integrity check (${String(integrity)}).`);
    } finally {
      db.close();
    }
  }
  return { manifest, problems };
}

/** Processes that have one of `files` open (Linux: /proc/<pid>/fd), other than this one. */
export function processesHolding(files: string[]): { pid: number; command: string }[] {
  if (!fs.existsSync('/proc/self/fd')) return [];
  const wanted = new Set(files.filter((file) => fs.existsSync(file)).map((file) => fs.realpathSync(file)));
  const holders: { pid: number; command: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let descriptors: string[];
    try {
      descriptors = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to look at
    }
    const holds = descriptors.some((fd) => {
      try {
        return wanted.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
    if (holds) {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      holders.push({ pid, command });
    }
  }
  return holders;
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/** Moves `from` to `to` if it exists; answers where it went. */
function moveAside(from: string, to: string): string | null {
  if (!fs.existsSync(from)) return null;
  fs.renameSync(from, to);
  return to;
}

export function restoreBackup({ folder, databaseFile, mediaDir, now = new Date() }: { folder: string; databaseFile: string; mediaDir: string; now?: Date }) {
  const { manifest, problems } = checkBackup(folder);
  if (!manifest || problems.length > 0) throw new RestoreRefused(`Refusing to restore ${folder}: the backup is damaged or incomplete.\n  ${problems.join('\n  ')}`);
  const live = [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`];
  const holders = processesHolding(live);
  if (holders.length > 0) {
    throw new RestoreRefused(
      `Refusing to restore while the database is in use by ${holders.map(({ pid, command }) => `process ${pid} (${command})`).join(', ')}. Stop the server, then run the restore again.`,
    );
  }

  // Staged beside their destinations (same file system), so the final moves are renames.
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const stagedDatabase = `${databaseFile}.restoring`;
  fs.copyFileSync(path.join(folder, databaseName), stagedDatabase);
  const stagedMedia = `${mediaDir}.restoring`;
  fs.rmSync(stagedMedia, { recursive: true, force: true });
  const backupMedia = path.join(folder, mediaFolderName);
  if (fs.existsSync(backupMedia)) fs.cpSync(backupMedia, stagedMedia, { recursive: true });
  else fs.mkdirSync(stagedMedia, { recursive: true });

  const suffix = `.before-restore-${stamp(now)}`;
  const setAside = [
    moveAside(databaseFile, `${databaseFile}${suffix}`),
    moveAside(`${databaseFile}-wal`, `${databaseFile}-wal${suffix}`),
    moveAside(`${databaseFile}-shm`, `${databaseFile}-shm${suffix}`),
    moveAside(mediaDir, `${mediaDir}${suffix}`),
  ].filter((moved): moved is string => moved !== null);
  fs.renameSync(stagedDatabase, databaseFile);
  fs.renameSync(stagedMedia, mediaDir);
  return { manifest, setAside };
}
