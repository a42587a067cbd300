/**
 * `npm run bench -- --load`: the production server under a newsroom's worst hour, with nothing lost.
 *
 * 200 readers (autocannon connections, in a process of their own) cycle through public pages —
 * home pages, articles, sections, tags, searches, feeds — while 10 editor desks (each a writer in
 * two tabs saving at the same moment, and a reviewer who comments, approves, publishes,
 * unpublishes and reopens; e2e/helpers/editor-workload.ts) work for 60 seconds. Then it reports
 * requests served, latency percentiles, errors (any answer outside 2xx/3xx, and any refusal other
 * than a save conflict) and lost saves: every acknowledged save must be in the database with its
 * revision and audit entry, and every conflict must end with the writer's own text saved.
 *
 * Runs server.mjs (as `npm start`) on a copy of DATABASE_URL (default data/bayan.db, seeded), so
 * the bench leaves the database as it found it, behind the shipped nginx front cache
 * (deploy/nginx/bayan.conf) as the README deploys it: readers and editors alike go through it.
 * BENCH_FRONT=0 sends everyone to the origin instead. Needs `npm run build` (and nginx, unless
 * BENCH_FRONT=0). BENCH_LOAD_SECONDS, BENCH_READERS and BENCH_DESKS change the load; BENCH_PORT
 * the origin's port (3300), the front's is the next one.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditDatabase, emptyLedger, type Ledger, runDesk, signInStaff } from '../../e2e/helpers/editor-workload';
import { startFrontCache } from '../../e2e/helpers/front-cache';
import { copyTestDatabase, startOwnServer } from '../../e2e/helpers/own-server';
import { env, toolEnv } from '../../lib/env';
import { toUri } from '../../lib/paths';

interface ReaderResult {
  requests: { total: number; average: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  statusCodeStats: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
}

function readers(options: { origin: string; connections: number; seconds: number; paths: string[] }): Promise<ReaderResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join('scripts', 'bench', 'readers.mjs'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as ReaderResult) : reject(new Error(`the readers exited with ${code}`))));
  });
}

/** The public pages readers visit, found the way a reader finds them: from the home pages. */
async function publicPaths(origin: string): Promise<string[]> {
  const found = new Set<string>();
  for (const locale of ['ar', 'en', 'fr']) {
    found.add(`/${locale}`);
    found.add(`/${locale}/feed.xml`);
    const html = await (await fetch(`${origin}/${locale}`)).text();
    // Pages link with IRIs (raw Arabic letters); a browser sends them percent-encoded, as here.
    const links = [...html.matchAll(new RegExp(`href="(/${locale}/(?:news|category|tag)/[^"?#]+)"`, 'g'))].map((match) => toUri(match[1]!));
    for (const link of links.slice(0, 12)) found.add(link);
  }
  for (const query of ['مؤتمر', 'التعليم', 'conference', 'sécurité alimentaire']) found.add(`/${/[a-z]/.test(query) ? 'en' : 'ar'}/search?q=${encodeURIComponent(query)}`);
  return [...found];
}

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;

export async function runLoadBench(): Promise<boolean> {
  const tools = toolEnv();
  const { BENCH_LOAD_SECONDS: seconds, BENCH_READERS: connections, BENCH_DESKS: deskCount, BENCH_PORT: port } = tools;
  const password = env.BAYAN_DEMO_PASSWORD;
  const { dir, databaseFile, mediaDir } = await copyTestDatabase('bayan-load-', env.DATABASE_URL);
  const server = await startOwnServer({ port, databaseFile, mediaDir });
  const front = tools.BENCH_FRONT === '0' ? null : startFrontCache({ origin: server.origin, port: port + 1 });
  const origin = front?.url ?? server.origin;
  try {
    const paths = await publicPaths(origin);
    // Each page rendered once before the clock starts, as on a site that has been up a while.
    for (const pathname of paths) await (await fetch(`${origin}${pathname}`)).arrayBuffer();
    // Each desk's people sign in for themselves (a session each), before the clock starts.
    const staff = [];
    for (let desk = 0; desk < deskCount; desk++) staff.push(await signInStaff(origin, password, { writer: 'writer@example.org', reviewer: 'reviewer@example.org' }));
    const through = front ? `the nginx front cache (${front.url}) in front of ${server.origin}` : `the origin ${server.origin} alone`;
    console.log(`Load: ${connections} readers over ${paths.length} public pages, ${deskCount} editor desks, ${seconds} s, through ${through}, on a copy of the database`);

    const ledger: Ledger = emptyLedger();
    const deadline = Date.now() + seconds * 1000;
    const started = performance.now();
    const [reading, ...desks] = await Promise.allSettled([
      readers({ origin, connections, seconds, paths }),
      ...staff.map((people, index) => runDesk(people, ledger, { name: `Load desk ${index + 1}`, keepGoing: () => Date.now() < deadline })),
    ]);
    const elapsed = (performance.now() - started) / 1000;
    for (const desk of desks) if (desk.status === 'rejected') ledger.failures.push(String(desk.reason));
    if (reading.status === 'rejected') throw reading.reason;
    const read = reading.value as ReaderResult;

    const lost = auditDatabase(databaseFile, ledger);
    const statuses = Object.entries(read.statusCodeStats);
    const badStatuses = statuses.filter(([status]) => !/^[23]\d\d$/.test(status));
    // autocannon counts its timeouts among its errors.
    const readerErrors = badStatuses.reduce((sum, [, { count }]) => sum + count, 0) + read.errors;
    const editorTimes = [...ledger.latencies].sort((a, b) => a - b);

    console.log(`\nReaders: ${read.requests.total} requests in ${seconds} s (${read.requests.average.toFixed(0)} req/s)`);
    console.log(`  latency p50 ${read.latency.p50} ms, p90 ${read.latency.p90} ms, p99 ${read.latency.p99} ms, max ${read.latency.max} ms`);
    console.log(`  statuses ${statuses.map(([status, { count }]) => `${status}: ${count}`).join(', ')}; errors ${read.errors} (of which timeouts after 10 s: ${read.timeouts})`);
    console.log(`Editors: ${ledger.calls} actions answered in ${elapsed.toFixed(0)} s; latency p50 ${percentile(editorTimes, 0.5).toFixed(0)} ms, p90 ${percentile(editorTimes, 0.9).toFixed(0)} ms, p99 ${percentile(editorTimes, 0.99).toFixed(0)} ms`);
    console.log(`  ${ledger.saves.length} saves, ${ledger.comments.length} comments, ${ledger.transitions.length} workflow steps (${ledger.transitions.filter(({ action }) => action === 'publish').length} publications) acknowledged`);
    console.log(`  ${ledger.conflicts} save conflicts (409), ${ledger.conflictsKept} ended with the writer's own text saved; texts left unsaved: ${ledger.textsLeftUnsaved.length}`);
    console.log(`Errors: ${readerErrors + ledger.failures.length} (readers ${readerErrors}, editors ${ledger.failures.length})`);
    for (const failure of ledger.failures.slice(0, 10)) console.log(`  ${failure}`);
    console.log(`Lost saves: ${lost.length + ledger.textsLeftUnsaved.length}`);
    for (const problem of lost.slice(0, 10)) console.log(`  ${problem}`);
    console.log(`load average (1 min) at the end: ${os.loadavg()[0]!.toFixed(2)} on ${os.availableParallelism()} cores`);
    return readerErrors + ledger.failures.length + lost.length + ledger.textsLeftUnsaved.length === 0;
  } finally {
    front?.stop();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
