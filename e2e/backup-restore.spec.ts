import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { type Manifest, sha256Of, tableCounts } from '../scripts/backup/backup';
import { restoreBackup } from '../scripts/backup/restore';
import { demoPassword, demoUsers } from './helpers/auth';
import { auditDatabase, emptyLedger, type Ledger, runDesk, signInStaff } from './helpers/editor-workload';
import { uniquePhoto } from './helpers/media';
import { copyTestDatabase, startOwnServer } from './helpers/own-server';
import { toolEnv } from '../lib/env';

/*
 * `npm run db:backup` while the newsroom saves and publishes, then `npm run db:restore` of that
 * backup: the copy holds everything acknowledged before it began and is whole; the restore
 * refuses while the server runs and refuses a damaged backup, and otherwise gives back exactly
 * the files and rows the manifest lists.
 */

const port = toolEnv().E2E_BACKUP_PORT;

/** Runs one of the npm scripts' programs as a person would, against the spec's own files. */
async function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; out: string; seconds: number }> {
  const started = performance.now();
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join('node_modules', '.bin', 'tsx'), [script, ...args], { env: { ...process.env, ...env } });
    return { code: 0, out: stdout + stderr, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr, seconds: (performance.now() - started) / 1000 };
  }
}

const copyOf = (ledger: Ledger): Ledger => structuredClone(ledger);

test('a backup taken under write load restores whole; a damaged one, or one over a running server, is refused', async () => {
  // Two server starts and three program starts dominate its time, all slow on a busy machine.
  test.setTimeout(180_000);
  const { dir, databaseFile, mediaDir } = await copyTestDatabase('bayan-backup-');
  const env = { DATABASE_URL: databaseFile, MEDIA_DIR: mediaDir };
  const server = await startOwnServer({ port, databaseFile, mediaDir });
  try {
    const staff = await signInStaff(server.origin, demoPassword, { writer: demoUsers.writer, reviewer: demoUsers.reviewer });
    for (const name of ['one.jpg', 'two.jpg']) {
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(await uniquePhoto(400, 300))], { type: 'image/jpeg' }), name);
      const upload = await staff.writer.fetch('/api/media?locale=en', { method: 'POST', body: form, headers: { origin: server.origin } });
      expect(upload.status, name).toBe(201);
    }

    const ledger = emptyLedger();
    let running = true;
    const desks = Promise.allSettled([1, 2, 3].map((desk) => runDesk(staff, ledger, { name: `Backup desk ${desk}`, keepGoing: () => running })));
    while (ledger.saves.length < 3) await sleep(10);
    const before = copyOf(ledger);
    const backup = await run('scripts/db-backup.ts', [path.join(dir, 'backups')], env);
    const answeredDuring = ledger.calls - before.calls;
    running = false;
    await desks;
    expect(backup.code, backup.out).toBe(0);
    expect(ledger.failures).toEqual([]);
    const folder = /Backup written to (.+)/.exec(backup.out)![1]!.trim();
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;

    await test.step('the copy holds every save acknowledged before it began, and is whole', async () => {
      // Checked on a scratch copy: the check itself must not touch the backup.
      const scratch = path.join(dir, 'scratch.db');
      fs.copyFileSync(path.join(folder, 'bayan.db'), scratch);
      expect(auditDatabase(scratch, before)).toEqual([]);
      const copy = new Database(scratch, { readonly: true });
      expect(tableCounts(copy)).toEqual(manifest.counts);
      copy.close();
      expect(manifest.counts.media).toBeGreaterThanOrEqual(2);
      expect(manifest.files.filter((file) => file.path.startsWith('media/')).length).toBeGreaterThanOrEqual(2);
    });

    await test.step('the restore refuses while the server has the database open', async () => {
      const refused = await run('scripts/db-restore.ts', [folder], env);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('Stop the server, then run the restore again.');
    });

    await server.stop();

    await test.step('a damaged backup is refused, and nothing is touched', async () => {
      const damaged = path.join(dir, 'damaged');
      fs.cpSync(folder, damaged, { recursive: true });
      const image = manifest.files.find((file) => file.path.startsWith('media/'))!.path;
      // One byte changed in the middle of an image: a bit-rotted or tampered file.
      const bytes = fs.readFileSync(path.join(damaged, image));
      bytes.writeUInt8(bytes.readUInt8(bytes.length >> 1) ^ 0xff, bytes.length >> 1);
      fs.writeFileSync(path.join(damaged, image), bytes);
      // In this process: the program's own refusal message is covered by scripts/backup/backup.test.ts.
      const liveChecksum = sha256Of(databaseFile);
      expect(() => restoreBackup({ folder: damaged, databaseFile, mediaDir })).toThrow(`${image}: damaged (its checksum differs from the manifest).`);
      expect(sha256Of(databaseFile)).toBe(liveChecksum);
    });

    await test.step('the restore gives back the files and rows of the manifest, and the server starts on them', async () => {
      const restore = await run('scripts/db-restore.ts', [folder], env);
      expect(restore.code, restore.out).toBe(0);
      for (const file of manifest.files) {
        const restored = file.path === 'bayan.db' ? databaseFile : path.join(mediaDir, file.path.slice('media/'.length));
        expect(sha256Of(restored), file.path).toBe(file.sha256);
      }
      await server.start();
      const live = new Database(databaseFile, { readonly: true });
      expect(tableCounts(live)).toEqual(manifest.counts);
      live.close();
      test.info().annotations.push({
        type: 'backup round trip',
        description: `backup ${/in ([\d.]+) s/.exec(backup.out)?.[1]} s of copying (${backup.seconds.toFixed(1)} s with the program's start) while ${answeredDuring} newsroom requests were answered; restore ${/in ([\d.]+) s\./.exec(restore.out)?.[1]} s (${restore.seconds.toFixed(1)} s); ${manifest.files.length} files, ${manifest.counts.articles} articles`,
      });
    });
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
