import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/*
 * `npm run db:backup`: a consistent copy of a live installation — the database through SQLite's
 * online backup API (better-sqlite3 `db.backup()`), then the media folder — into a timestamped
 * folder with a manifest of sha256 checksums that `npm run db:restore` checks before it restores.
 */

export const manifestName = 'manifest.json';
export const databaseName = 'bayan.db';
export const mediaFolderName = 'media';

export interface ManifestFile {
  /** Relative to the backup folder, always with `/`. */
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: 1;
  createdAt: string;
  /** The newest migration the database had: a restore into an older release of Bayan would lack it. */
  migration: string | null;
  /** Rows per table at the moment of the copy, for a person (or a test) to compare. */
  counts: Record<string, number>;
  files: ManifestFile[];
}

export function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every file under `folder`, relative, sorted, with `/` separators. */
export function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Rows of each table (the full-text index's own tables aside: they follow the articles). */
export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name")
    .all();
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

function newestMigration(db: Database.Database): string | null {
  try {
    const row = db.prepare<[], { hash: string; created_at: number }>('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get();
    return row ? `${row.created_at}:${row.hash.slice(0, 12)}` : null;
  } catch {
    return null;
  }
}

/** `bayan-2026-11-30T14-05-09-123Z`: sorts by time, valid on every file system. */
export function backupFolderName(now: Date): string {
  return `bayan-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * Makes the backup and returns its folder. The copy is assembled in a `.partial` folder and renamed
 * only once complete, so a folder without that suffix is always a whole backup.
 *
 * Order matters: the database first, then media. An upload writes its files before its row, so
 * every image the copied database names is already on disk when the folder is copied; files of a
 * later upload may come along too, unused, which is harmless.
 */
export async function createBackup({ databaseFile, mediaDir, backupRoot, now = new Date() }: { databaseFile: string; mediaDir: string; backupRoot: string; now?: Date }): Promise<{ folder: string; manifest: Manifest }> {
  if (!fs.existsSync(databaseFile)) throw new Error(`No database at ${databaseFile} (DATABASE_URL).`);
  const folder = path.join(backupRoot, backupFolderName(now));
  const partial = `${folder}.partial`;
  fs.mkdirSync(partial, { recursive: true });
  try {
    const target = path.join(partial, databaseName);
    const source = new Database(databaseFile, { fileMustExist: true });
    try {
      source.pragma('busy_timeout = 5000');
      // The first step only measures; the second copies every page at once. Copied in several
      // steps, a write by the server between two of them would restart the copy, and under a
      // steady stream of saves it might never finish. One step reads one consistent snapshot
      // (WAL: the server keeps writing meanwhile).
      await source.backup(target, { progress: () => 0x7fffffff });
    } finally {
      source.close();
    }

    const copy = new Database(target, { fileMustExist: true });
    let counts: Record<string, number>;
    let migration: string | null;
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`The copied database fails its integrity check: ${String(integrity)}`);
      // A self-contained file: no -wal beside it to lose.
      copy.pragma('journal_mode = DELETE');
      counts = tableCounts(copy);
      migration = newestMigration(copy);
    } finally {
      copy.close();
    }

    if (fs.existsSync(mediaDir)) fs.cpSync(mediaDir, path.join(partial, mediaFolderName), { recursive: true });
    const files = filesUnder(partial).map((relative) => {
      const file = path.join(partial, relative);
      return { path: relative, size: fs.statSync(file).size, sha256: sha256Of(file) };
    });
    const manifest: Manifest = { format: 1, createdAt: now.toISOString(), migration, counts, files };
    fs.writeFileSync(path.join(partial, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(partial, folder);
    return { folder, manifest };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
