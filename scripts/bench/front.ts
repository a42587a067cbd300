/**
 * The public site's throughput, side by side in one run (issue #13): for the article, home,
 * category and search pages, the same bytes from nginx's disk, a bare Next.js 16 app serving the
 * same main content (bench/bare-next), the origin (server.mjs), and the origin behind the shipped
 * nginx micro-cache (deploy/nginx/bayan.conf).
 *
 * Throughput on a shared 2-core machine moves with whatever else runs, so each Node.js server's CPU
 * time per request is printed too: the cost of a request, which the load around it hardly changes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startFrontCache } from '../../e2e/helpers/front-cache';
import { printLighthouse, runLighthouse } from './lighthouse';
import { cpuMilliseconds, type LoadResult, listeningPid, load, loadGeneratorName, type Server, startNodeServer, waitUntilUp } from './processes';

export interface PageBytes {
  name: string;
  path: string;
  bytes: Buffer;
}

const bareAppDir = path.join(process.cwd(), 'bench', 'bare-next');

/** The pages measured: the first article and category linked from the Arabic home page, and a search. */
export async function publicPages(origin: string): Promise<PageBytes[]> {
  const home = await (await fetch(`${origin}/ar`)).text();
  const article = /href="(\/ar\/news\/[^"]+)"/.exec(home)?.[1];
  const category = /href="(\/ar\/category\/[^"/]+)"/.exec(home)?.[1];
  if (!article || !category) throw new Error('No article or category on the Arabic home page: seed the database first (npm run setup).');
  const paths = { article: encodeURI(article), home: '/ar', category: encodeURI(category), search: `/ar/search?q=${encodeURIComponent('مؤتمر')}` };
  const pages: PageBytes[] = [];
  for (const [name, pagePath] of Object.entries(paths)) {
    // The first request renders and fills the cache; the second is what a reader gets.
    await (await fetch(`${origin}${pagePath}`)).arrayBuffer();
    const response = await fetch(`${origin}${pagePath}`);
    if (!response.ok) throw new Error(`${pagePath} answered ${response.status}`);
    pages.push({ name, path: pagePath, bytes: Buffer.from(await response.arrayBuffer()) });
  }
  return pages;
}

/** nginx serving each page's exact bytes from files, one location a page. */
function startStaticNginx(pages: PageBytes[], port: number): { url: string; stop: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-static-'));
  fs.chmodSync(dir, 0o755);
  for (const page of pages) fs.writeFileSync(path.join(dir, `${page.name}.html`), page.bytes);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${path.join(dir, kind)};`).join(' ');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')};
events {}
http {
  access_log off; ${temp}
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    default_type 'text/html; charset=utf-8';
    location / { try_files /$arg_page.html =404; }
  }
}
`,
  );
  execFileSync('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir]);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      process.kill(Number(fs.readFileSync(path.join(dir, 'nginx.pid'), 'utf8')), 'SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The `<main>` of a page: what the bare app serves in its place. */
export function mainContent(html: string): string {
  const match = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html);
  if (!match) throw new Error('The page has no <main> element');
  return match[1]!;
}

/** Writes the pages' main content into the bare app and builds it, unless that content was built already. */
function buildBareApp(pages: PageBytes[]): void {
  const contentDir = path.join(bareAppDir, 'content');
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.mkdirSync(contentDir, { recursive: true });
  const hash = createHash('sha256');
  for (const page of pages) {
    const main = mainContent(page.bytes.toString('utf8'));
    fs.writeFileSync(path.join(contentDir, `${page.name}.html`), main);
    hash.update(page.name).update(main);
  }
  const stamp = path.join(bareAppDir, '.next', 'bench-content.sha256');
  const digest = hash.digest('hex');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === digest) return;
  execFileSync(process.execPath, [path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: bareAppDir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  fs.writeFileSync(stamp, digest);
}

/** The scripts a page loads (`<script src>`), each gzipped as a browser receives it: total bytes. */
async function scriptBytes(pageUrl: string): Promise<{ files: Set<string>; gzipped: number }> {
  const html = await (await fetch(pageUrl)).text();
  const files = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!));
  let gzipped = 0;
  for (const file of files) gzipped += gzipSync(Buffer.from(await (await fetch(new URL(file, pageUrl))).arrayBuffer())).length;
  return { files, gzipped };
}

async function printScripts(pages: PageBytes[], origin: string, bare: string): Promise<void> {
  const baseline = await scriptBytes(`${bare}/article`);
  console.log(`\nClient JavaScript, gzipped: bare Next.js baseline ${(baseline.gzipped / 1024).toFixed(1)} KB (${baseline.files.size} files)`);
  for (const page of pages) {
    const ours = await scriptBytes(`${origin}${page.path}`);
    console.log(`  ${page.name.padEnd(9)} ${(ours.gzipped / 1024).toFixed(1)} KB in ${ours.files.size} files: ${((ours.gzipped - baseline.gzipped) / 1024).toFixed(1)} KB beyond the baseline`);
  }
}

interface Row {
  server: string;
  page: string;
  bytes: number;
  result: LoadResult;
  cpuPerRequest?: number;
}

async function measure(server: string, page: PageBytes, url: string, bytes: number, pid?: number): Promise<Row> {
  // A short warm-up: JIT, caches and keep-alive connections in place before the clock starts.
  load(url, { seconds: 2 });
  const cpuBefore = pid ? cpuMilliseconds(pid) : 0;
  const result = load(url);
  // No request answered in the window (a server overwhelmed): no cost per request to speak of.
  const cpuPerRequest = pid && result.requests > 0 ? (cpuMilliseconds(pid) - cpuBefore) / result.requests : undefined;
  return { server, page: page.name, bytes, result, cpuPerRequest };
}

/** Runs the comparison against a started origin and prints its table. */
export async function benchFront({ origin, ports }: { origin: Server; ports: { bare: number; static: number; front: number } }): Promise<void> {
  const pages = await publicPages(origin.url);
  buildBareApp(pages);
  const bare = startNodeServer({ args: [path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(ports.bare), '-H', '127.0.0.1'], cwd: bareAppDir, port: ports.bare });
  const statics = startStaticNginx(pages, ports.static);
  const front = startFrontCache({ origin: origin.url, port: ports.front });
  try {
    await waitUntilUp(`${bare.url}/article`);
    const originPid = listeningPid(Number(new URL(origin.url).port));
    const barePid = listeningPid(ports.bare);
    const rows: Row[] = [];
    for (const page of pages) {
      const bareBytes = (await (await fetch(`${bare.url}/${page.name}`)).arrayBuffer()).byteLength;
      rows.push(await measure('nginx static (same bytes)', page, `${statics.url}/?page=${page.name}`, page.bytes.length));
      rows.push(await measure('bare Next.js 16', page, `${bare.url}/${page.name}`, bareBytes, barePid));
      rows.push(await measure('origin (server.mjs)', page, `${origin.url}${page.path}`, page.bytes.length, originPid));
      rows.push(await measure('origin + nginx micro-cache', page, `${front.url}${page.path}`, page.bytes.length));
    }
    printTable(rows);
    await printScripts(pages, origin.url, bare.url);
    const audited = pages.filter((page) => page.name !== 'category').map((page) => ({ name: page.name, url: `${front.url}${page.path}` }));
    // The framework's own floor: the bare app's article, compressed by the same nginx site. What
    // its TBT is, no page of an App Router site can go under on this machine.
    const bareFront = startFrontCache({ origin: bare.url, port: ports.front + 2 });
    try {
      audited.push({ name: 'bare art.', url: `${bareFront.url}/article` });
      printLighthouse(await runLighthouse(audited, ports.front + 1));
    } finally {
      bareFront.stop();
    }
  } finally {
    front.stop();
    statics.stop();
    bare.stop();
  }
}

function printTable(rows: Row[]): void {
  console.log(`\nThroughput, ${loadGeneratorName()}, 50 connections, 10 s each, one run (${os.availableParallelism()} cores, load ${os.loadavg()[0]!.toFixed(1)} at the end):`);
  console.log('page      server                        bytes     req/s   p50 ms   p99 ms  errors  CPU/request');
  for (const row of rows) {
    const cpu = row.cpuPerRequest === undefined ? '' : `${row.cpuPerRequest.toFixed(2)} ms`;
    console.log(
      `${row.page.padEnd(9)} ${row.server.padEnd(28)} ${String(row.bytes).padStart(7)} ${row.result.requestsPerSecond.toFixed(0).padStart(9)} ${row.result.p50.toFixed(1).padStart(8)} ${row.result.p99.toFixed(1).padStart(8)} ${String(row.result.errors).padStart(7)}  ${cpu}`,
    );
  }
  console.log('\nRatios (same page, same run):');
  for (const page of new Set(rows.map((row) => row.page))) {
    const of = (server: string) => rows.find((row) => row.page === page && row.server.startsWith(server))!;
    const origin = of('origin (');
    const bare = of('bare');
    const cpuRatio = bare.cpuPerRequest && origin.cpuPerRequest ? ` (by CPU per request: ${((bare.cpuPerRequest / origin.cpuPerRequest) * 100).toFixed(0)} %)` : '';
    const percent = (a: number, b: number) => (b > 0 ? `${((a / b) * 100).toFixed(0)} %` : '—');
    console.log(
      `${page.padEnd(9)} origin / bare Next ${percent(origin.result.requestsPerSecond, bare.result.requestsPerSecond)}${cpuRatio}; front-cached / nginx static ${percent(of('origin +').result.requestsPerSecond, of('nginx').result.requestsPerSecond)}`,
    );
  }
}
