/**
 * `npm run bench`: the public site's performance budgets, measured against the production build.
 *
 *  1. server time of a cached article page (sequential requests, median and p95);
 *  2. server time of uncached searches over the demo data;
 *  3. throughput of the cached article page with autocannon -c 50, side by side in the same run
 *     with a plain node:http server returning the same bytes, and their ratio.
 *
 * With `--load`, it runs the load test of scripts/bench/load.ts instead.
 *
 * Needs `npm run build` first. Uses DATABASE_URL (default data/bayan.db) and BENCH_PORT (3300);
 * the plain server takes any free port. Requests ask for gzip like a browser does: the app must
 * not compress per request (next.config.ts `compress: false`; a front proxy compresses once).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const port = Number(process.env.BENCH_PORT ?? 3300);
const origin = `http://127.0.0.1:${port}`;
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const browserHeaders = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };

function startNext(): ChildProcess {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? origin },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group, so stopping it also stops next-server.
    detached: true,
  });
  return child;
}

async function waitUntilUp() {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`The production server did not start on ${origin}`);
}

/** p10 stands for the uncontended cost when other processes share the CPU; median and p95 as measured. */
async function timeRequests(urls: string[]): Promise<{ p10: number; median: number; p95: number }> {
  const times: number[] = [];
  for (const url of urls) {
    const start = performance.now();
    const response = await fetch(url, { headers: browserHeaders });
    await response.arrayBuffer();
    times.push(performance.now() - start);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number) => times[Math.floor(times.length * fraction)]!;
  return { p10: at(0.1), median: at(0.5), p95: at(0.95) };
}

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
}

/** autocannon in its own process, so it never shares an event loop with a server under test. */
function cannon(url: string): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join('node_modules', 'autocannon', 'autocannon.js'), '-c', '50', '-d', String(duration), '-j', '-H', 'accept-encoding=gzip, deflate, br', url],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as CannonResult) : reject(new Error(`autocannon exited with ${code}`))));
  });
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

// `npm run bench -- --load`: readers and editors together, with nothing lost (scripts/bench/load.ts).
if (process.argv.includes('--load')) {
  const { runLoadBench } = await import('./bench/load');
  process.exit((await runLoadBench()) ? 0 : 1);
}

const next = startNext();
let stopped = false;
const stop = () => {
  if (stopped || !next.pid) return;
  stopped = true;
  process.kill(-next.pid, 'SIGTERM');
};
process.on('exit', stop);
try {
  await waitUntilUp();
  const home = await (await fetch(`${origin}/ar`)).text();
  const articlePath = /href="(\/ar\/news\/[^"]+)"/.exec(home)?.[1];
  if (!articlePath) throw new Error('No article on the Arabic home page: seed the database first (npm run setup).');
  const articleUrl = `${origin}${articlePath}`;

  // Warm the cache: the first request renders, the next ones are served from the cache.
  await fetch(articleUrl);
  const cached = await fetch(articleUrl, { headers: browserHeaders });
  const bytes = Buffer.from(await cached.arrayBuffer());
  console.log(`Article: ${decodeURIComponent(articlePath)}`);
  console.log(`  ${bytes.length} bytes, x-nextjs-cache: ${cached.headers.get('x-nextjs-cache')}, content-encoding: ${cached.headers.get('content-encoding') ?? 'none'}`);

  const article = await timeRequests(Array.from({ length: 200 }, () => articleUrl));
  console.log(`Cached article page, server time (200 sequential requests): p10 ${ms(article.p10)}, median ${ms(article.median)}, p95 ${ms(article.p95)}`);

  const queries = ['والمؤتمر', 'مؤتمر', 'التعليم', 'المياه', 'الأمن الغذائي', 'conference', 'education', 'refugees', 'sécurité alimentaire', 'jeunesse', 'الشباب', '2026'];
  await timeRequests([`${origin}/ar/search?q=warmup`]);
  const search = await timeRequests(Array.from({ length: 60 }, (_, i) => `${origin}/ar/search?q=${encodeURIComponent(queries[i % queries.length]!)}`));
  console.log(`Uncached search (60 requests, ${queries.length} queries): p10 ${ms(search.p10)}, median ${ms(search.median)}, p95 ${ms(search.p95)}`);

  // The same bytes and content type from the simplest possible server: the ceiling on this machine.
  const contentType = cached.headers.get('content-type') ?? 'text/html; charset=utf-8';
  const plain = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length });
    response.end(bytes);
  });
  // Port 0: any free port, so the bench never collides with another server on this machine.
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const plainUrl = `http://127.0.0.1:${(plain.address() as { port: number }).port}/`;
  const plainTime = await timeRequests(Array.from({ length: 200 }, () => plainUrl));
  console.log(`Same bytes from node:http, for scale at this moment: p10 ${ms(plainTime.p10)}, median ${ms(plainTime.median)}, p95 ${ms(plainTime.p95)}`);
  const nextRun = await cannon(articleUrl);
  const plainRun = await cannon(plainUrl);
  plain.close();

  const row = (name: string, r: CannonResult) =>
    `${name.padEnd(22)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   ${(r.throughput.average / 1024 / 1024).toFixed(1)} MB/s   errors ${r.errors + r.non2xx}`;
  console.log(`\nautocannon -c 50 -d ${duration}, same bytes (${bytes.length}), same run:`);
  console.log(row('next start (cached)', nextRun));
  console.log(row('node:http (same bytes)', plainRun));
  console.log(`ratio next / node:http: ${(nextRun.requests.average / plainRun.requests.average).toFixed(2)}`);
  const load = (await import('node:os')).loadavg()[0]!;
  console.log(`load average (1 min) at the end: ${load.toFixed(2)} on ${(await import('node:os')).availableParallelism()} cores`);
} finally {
  stop();
}
