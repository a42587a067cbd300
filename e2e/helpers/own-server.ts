import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { e2eAuthSecret, env, toolEnv } from '../../lib/env';

/*
 * A production server of a spec's own (server.mjs, as `npm start` runs it) on its own copy of the
 * test database, for specs that stop, kill or restore it: the shared test server must stay up.
 */

/** A fresh folder holding a consistent copy of the test database (SQLite's online backup). */
export async function copyTestDatabase(prefix: string, from = toolEnv().DATABASE_URL): Promise<{ dir: string; databaseFile: string; mediaDir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const databaseFile = path.join(dir, 'bayan.db');
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(databaseFile);
  } finally {
    source.close();
  }
  return { dir, databaseFile, mediaDir: path.join(dir, 'media') };
}

export interface OwnServer {
  origin: string;
  /** SIGKILL: no chance to finish anything, as in a power cut of the process. */
  kill: () => Promise<void>;
  /** SIGTERM: finishes the requests in flight, then exits. */
  stop: () => Promise<void>;
  /** Starts it again on the same files and port. */
  start: () => Promise<void>;
  /** Milliseconds from spawn to the first healthy answer, per start. */
  startTimes: number[];
}

export async function startOwnServer({ port, databaseFile, mediaDir }: { port: number; databaseFile: string; mediaDir: string }): Promise<OwnServer> {
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const startTimes: number[] = [];

  const exited = () => new Promise<void>((resolve) => (!child || child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  const answers = async () => {
    try {
      return (await fetch(`${origin}/api/health`)).ok;
    } catch {
      return false;
    }
  };
  const start = async () => {
    // Another server on the port would answer in this one's place (a leftover of an aborted run).
    if (await answers()) throw new Error(`Something already answers on ${origin}: stop it, or set another port.`);
    const started = Date.now();
    child = spawn(process.execPath, ['server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseFile,
        MEDIA_DIR: mediaDir,
        SITE_URL: origin,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        AUTH_SECRET: env.AUTH_SECRET ?? e2eAuthSecret,
        BAYAN_TRUSTED_PROXIES: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server.mjs on ${origin} exited with ${child.exitCode}`);
      if (await answers()) break;
      if (Date.now() - started > 60_000) throw new Error(`server.mjs did not answer on ${origin} within 60 s`);
      await sleep(100);
    }
    startTimes.push(Date.now() - started);
  };
  const kill = async () => {
    const done = exited();
    child?.kill('SIGKILL');
    await done;
  };
  // A graceful stop waits for requests in flight, but never leaves a server behind.
  const stop = async () => {
    const done = exited();
    child?.kill('SIGTERM');
    const timer = setTimeout(() => child?.kill('SIGKILL'), 5_000);
    await done;
    clearTimeout(timer);
  };
  await start();
  return { origin, start, startTimes, kill, stop };
}
