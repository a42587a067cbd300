/** Servers and load generators the benchmarks start, each in a process of its own. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Server {
  url: string;
  pid: number;
  stop: () => void;
}

/**
 * Node's flags for the production server, as `npm start` (package.json) runs it: a smaller heap
 * makes V8 collect before it grows, which halves the resident memory under load.
 */
export const productionServerFlags = ['--max-old-space-size=256'];

/** A Node.js server (the origin's server.mjs, or `next start` of another app), stopped with its process group. */
export function startNodeServer({ args, cwd = process.cwd(), port, env = {} }: { args: string[]; cwd?: string; port: number; env?: Record<string, string> }): Server {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? url, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group, so stopping it also stops what it started.
    detached: true,
  });
  let stopped = false;
  const stop = () => {
    if (stopped || !child.pid) return;
    stopped = true;
    process.kill(-child.pid, 'SIGTERM');
  };
  process.on('exit', stop);
  return { url, pid: child.pid!, stop };
}

export async function waitUntilUp(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`Nothing answered on ${url}`);
}

/** CPU time (user + system) a process has used so far, in milliseconds (Linux /proc). */
export function cpuMilliseconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
}

/** The process that listens on a port (the server's own, not its launcher), by its socket. */
export function listeningPid(port: number): number {
  const out = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`No process listens on port ${port}`);
  return Number(pid);
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

/**
 * wrk (C, two threads) when installed — the load generator of the figures, light enough to
 * leave the server most of a 2-core machine — else autocannon from node_modules.
 */
export function load(url: string, { connections = 50, seconds = 10 }: { connections?: number; seconds?: number } = {}): LoadResult {
  if (hasWrk()) {
    const out = execFileSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', url], { encoding: 'utf8' });
    const latency = (label: string) => toMilliseconds(new RegExp(`^\\s*${label}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? 'NaN');
    const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
    const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
    return {
      requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
      p50: latency('50'),
      p99: latency('99'),
      errors: non2xx + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
      requests: Number(/(\d+) requests in/.exec(out)?.[1]),
    };
  }
  const out = execFileSync(process.execPath, [path.join('node_modules', 'autocannon', 'autocannon.js'), '-c', String(connections), '-d', String(seconds), '-j', url], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const result = JSON.parse(out) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx, requests: result.requests.total };
}

export const loadGeneratorName = () => (hasWrk() ? 'wrk -t2' : 'autocannon');

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version.
    return (error as { status?: number }).status === 1;
  }
}

function toMilliseconds(value: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value);
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === 'us' ? n / 1000 : match[2] === 's' ? n * 1000 : n;
}
