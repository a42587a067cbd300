import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, type Manifest, sha256Of } from './backup';
import { checkBackup, RestoreRefused, restoreBackup } from './restore';

let dir: string;
let databaseFile: string;
let mediaDir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-backup-unit-'));
  databaseFile = path.join(dir, 'live', 'bayan.db');
  mediaDir = path.join(dir, 'live', 'media');
  fs.mkdirSync(path.join(mediaDir, 'ab12'), { recursive: true });
  fs.writeFileSync(path.join(mediaDir, 'ab12', '800.webp'), 'an image');
  const db = new Database(databaseFile);
  db.pragma('journal_mode = WAL');
  db.exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO articles (title) VALUES ('بيان'), ('Statement');");
  db.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const backupNow = () => createBackup({ databaseFile, mediaDir, backupRoot: path.join(dir, 'backups'), now: new Date('2026-11-30T12:00:00.000Z') });

describe('db:backup and db:restore', () => {
  it('writes a timestamped folder whose manifest lists every file with its sha256, and counts the rows', async () => {
    const { folder, manifest } = await backupNow();
    expect(path.basename(folder)).toBe('bayan-2026-11-30T12-00-00-000Z');
    expect(manifest.counts).toEqual({ articles: 2 });
    expect(manifest.files.map((file) => file.path)).toEqual(['bayan.db', 'media/ab12/800.webp']);
    for (const file of manifest.files) expect(sha256Of(path.join(folder, file.path))).toBe(file.sha256);
    // A file of its own: no -wal left beside the copy.
    expect(fs.readdirSync(folder).sort()).toEqual(['bayan.db', 'manifest.json', 'media']);
    expect(checkBackup(folder).problems).toEqual([]);
  });

  it('restores over the live files, keeping them aside', async () => {
    const { folder } = await backupNow();
    const db = new Database(databaseFile);
    db.exec("INSERT INTO articles (title) VALUES ('written after the backup')");
    db.close();
    const { setAside } = restoreBackup({ folder, databaseFile, mediaDir, now: new Date('2026-11-30T13:00:00.000Z') });
    const restored = new Database(databaseFile, { readonly: true });
    expect(restored.prepare('SELECT title FROM articles ORDER BY id').pluck().all()).toEqual(['بيان', 'Statement']);
    restored.close();
    expect(fs.readFileSync(path.join(mediaDir, 'ab12', '800.webp'), 'utf8')).toBe('an image');
    expect(setAside).toContain(`${databaseFile}.before-restore-2026-11-30T13-00-00-000Z`);
    expect(setAside).toContain(`${mediaDir}.before-restore-2026-11-30T13-00-00-000Z`);
  });

  it('refuses a damaged, incomplete, padded or forged backup and says which file', async () => {
    const { folder } = await backupNow();
    const manifestFile = path.join(folder, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;

    fs.appendFileSync(path.join(folder, 'media', 'ab12', '800.webp'), '!');
    expect(checkBackup(folder).problems).toEqual(['media/ab12/800.webp: damaged (its checksum differs from the manifest).']);
    expect(() => restoreBackup({ folder, databaseFile, mediaDir })).toThrow(RestoreRefused);
    // Nothing was touched by the refusal.
    expect(fs.existsSync(databaseFile)).toBe(true);
    expect(fs.readdirSync(path.dirname(databaseFile)).filter((name) => name.includes('before-restore'))).toEqual([]);

    fs.writeFileSync(path.join(folder, 'media', 'ab12', '800.webp'), 'an image');
    fs.rmSync(path.join(folder, 'bayan.db'));
    expect(checkBackup(folder).problems).toEqual(['bayan.db: missing.']);

    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: [...manifest.files, { path: '../../etc/passwd', size: 1, sha256: 'x' }] }));
    expect(checkBackup(folder).problems).toContain('../../etc/passwd: the manifest names a file outside the backup.');

    fs.writeFileSync(manifestFile, '{ "format": 1, "files": [');
    expect(checkBackup(folder).problems).toEqual(['manifest.json is missing or unreadable: this is not a whole backup made by npm run db:backup.']);
  });

  it('refuses while a process holds the database open', async () => {
    const { folder } = await backupNow();
    const { spawn } = await import('node:child_process');
    // Another process (as the server would be) with the database open.
    const holder = spawn(process.execPath, ['-e', `require('fs').openSync(${JSON.stringify(databaseFile)}, 'r'); console.log('open'); setInterval(() => {}, 1000)`]);
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      expect(() => restoreBackup({ folder, databaseFile, mediaDir })).toThrow(/Stop the server, then run the restore again/);
    } finally {
      holder.kill();
    }
  });
});
