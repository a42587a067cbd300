/**
 * `npm run bench:archive -- [--articles 100000] [--db data/archive-100k.db] [--reuse] [--runs 15] [--no-http]`
 *
 * Issue #14's archive benchmark. Builds a synthetic archive (scripts/bench/archive-data.ts) into
 * its own database file, unless `--reuse` finds one, then prints one table:
 *  - the data functions of each budget timed in process (archive-queries.ts): this is the
 *    "uncached" figure of a page's data, since nothing is cached at that level;
 *  - unless `--no-http`, the same surfaces through the production server (`node server.mjs`, after
 *    `npm run build`) on the archive: searches one at a time and from 20 concurrent clients, pages
 *    forced past the page cache (Next's on-demand revalidation header: the render a visitor gets
 *    when a cached page has expired), the sitemap's files, and the server's RSS under load.
 * Wall times on a shared machine include waiting for the CPU; each row also says the load average.
 * It empties the build's page cache before and after: do not run it beside an `npm start` of the
 * same checkout.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildArchive } from './archive-build';
import { productionServerFlags } from './processes';
import { formatTable, percentiles, type Row, timingRow } from './archive-stats';
import { toolEnv } from '../../lib/env';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    db: { type: 'string', default: 'data/archive-100k.db' },
    reuse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '15' },
    'no-http': { type: 'boolean', default: false },
  },
});
const file = path.resolve(values.db);
const articles = Number(values.articles);
const runs = Number(values.runs);
// Run by the e2e suite on its own port, by hand on the benchmarks'.
const port = process.env.E2E_PORT ? toolEnv().E2E_PORT : toolEnv().BENCH_PORT;
const origin = `http://127.0.0.1:${port}`;
const load = () => os.loadavg()[0]!.toFixed(1);
const rows: Row[] = [];

if (!(values.reuse && fs.existsSync(file))) {
  const report = await buildArchive({ file, articles, years: 20, now: new Date(), onProgress: (done) => process.stderr.write(`\r${done} releases`) });
  process.stderr.write('\n');
  rows.push({
    name: `build ${report.releases} releases (${Object.entries(report.byLocale).map(([l, n]) => `${l} ${n}`).join(', ')}; ${report.translations} translations, ${report.tags} tag links, ${report.revisions} revisions)`,
    value: `${report.seconds.total.toFixed(0)} s (rows ${report.seconds.rows.toFixed(0)} s, full text ${report.seconds.fullText.toFixed(0)} s)`,
    budget: '< 600 s',
    ok: report.seconds.total < 600,
    note: `load ${load()}`,
  });
}
rows.push({ name: 'database file', value: `${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB`, budget: '', ok: null });

process.env.DATABASE_URL = file;
const { measureQueries, searchCases } = await import('./archive-queries');
const data = await measureQueries(runs);
for (const search of data.searches) rows.push(timingRow(`search data: ${search.kind} «${search.query}» (${search.total} hits)`, search.timing, 30));
rows.push(...data.rows.map((row) => ({ ...row, note: [row.note, `load ${load()}`].filter(Boolean).join('; ') })));

if (!values['no-http']) rows.push(...(await measureHttp(searchCases())));
console.log(formatTable(rows));

/** The production server on the archive, measured from outside. */
async function measureHttp(cases: ReturnType<typeof searchCases>): Promise<Row[]> {
  const out: Row[] = [];
  // The archive's pages go into the build's page cache, which `npm start` shares: cleared before
  // (no page of the installation's own database is served here) and after (none of the archive's
  // is served there, nor measured by `npm run bench`).
  const forgetCachedPages = () => fs.rmSync(path.join('.next', 'server', 'route-cache'), { recursive: true, force: true });
  forgetCachedPages();
  const server: ChildProcess = spawn(process.execPath, [...productionServerFlags, 'server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: file, SITE_URL: origin },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  // Resident memory in all, and the part that is the process's own (heap, SQLite's page cache):
  // the rest is the database file and the code mapped from disk, which the kernel can drop.
  const peak = { rss: 0, anon: 0 };
  const sampler = setInterval(() => {
    const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    peak.rss = Math.max(peak.rss, kb('VmRSS'));
    peak.anon = Math.max(peak.anon, kb('RssAnon'));
  }, 200);
  try {
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 600) throw new Error(`The production server did not start on ${origin}`);
      if (await fetch(`${origin}/api/health`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const manifest = JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8')) as { preview: { previewModeId: string } };
    const uncached = { 'x-prerender-revalidate': manifest.preview.previewModeId };
    const time = async (url: string, headers: Record<string, string> = {}) => {
      const start = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return performance.now() - start;
    };
    const series = async (urls: string[], headers?: Record<string, string>) => {
      for (const url of urls.slice(0, 2)) await time(url, headers);
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) samples.push(await time(urls[i % urls.length]!, headers));
      return percentiles(samples);
    };
    const searchUrls = cases.map((c) => `${origin}/${c.page}/search?q=${encodeURIComponent(c.query)}`);
    out.push(timingRow('HTTP search page, one client (all queries)', await series(searchUrls.flatMap((url) => [url, url])), 30, `load ${load()}`));

    // 20 clients for 15 s, each running through the queries.
    const until = performance.now() + 15_000;
    let done = 0;
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async (_, client) => {
        for (let i = client; performance.now() < until; i += 1) {
          latencies.push(await time(searchUrls[i % searchUrls.length]!));
          done += 1;
        }
      }),
    );
    const perCore = done / 15 / os.availableParallelism();
    out.push({ name: 'HTTP search, 20 concurrent clients', value: `${perCore.toFixed(1)} searches/s per core (p50 / p95 ${percentiles(latencies).p50.toFixed(0)} / ${percentiles(latencies).p95.toFixed(0)} ms)`, budget: '≥ 10 /s per core', ok: perCore >= 10, note: `load ${load()}` });

    // Pages as the archive has them, not as the build cached them from the demo database.
    const fresh = async (pathname: string) => (await fetch(origin + pathname, { headers: uncached })).text();
    const home = await fresh('/ar');
    const category = /href="(\/ar\/category\/[^"/]+)"/.exec(home)?.[1];
    const tag = /href="(\/ar\/tag\/[^"/]+)"/.exec(await fresh(/href="(\/ar\/news\/[^"]+)"/.exec(home)?.[1] ?? '/ar'))?.[1];
    const pages: [string, string[]][] = [
      ['home (ar, en, fr)', ['/ar', '/en', '/fr']],
      ['category page 1', category ? [category] : []],
      ['category page 500', category ? [`${category}/500`] : []],
      ['tag page 1', tag ? [tag] : []],
      ['feed (ar)', ['/ar/feed.xml']],
    ];
    for (const [name, paths] of pages) {
      if (paths.length === 0) continue;
      out.push(timingRow(`HTTP ${name}, uncached`, await series(paths.map((p) => origin + p), uncached), 20, `load ${load()}`));
    }
    const index = await fresh('/sitemap.xml');
    const files = [...index.matchAll(/<loc>[^<]*(\/sitemap\/[^<]+)<\/loc>/g)].map((match) => match[1]!);
    out.push(timingRow(`HTTP sitemap index (${files.length} files), uncached`, await series([`${origin}/sitemap.xml`], uncached), 200));
    const newsFiles = files.filter((name) => name.includes('news'));
    const urlCounts = await Promise.all(newsFiles.map(async (name) => ((await fresh(name)).match(/<url>/g) ?? []).length));
    const fileTimes: number[] = [];
    for (const name of newsFiles) fileTimes.push(await time(origin + name, uncached));
    out.push(timingRow(`HTTP sitemap files, each once (${newsFiles.length} files, ${Math.min(...urlCounts)}–${Math.max(...urlCounts)} URLs), uncached`, percentiles(fileTimes), 200, `load ${load()}`));
    const { measurePublishToVisible } = await import('./archive-publish');
    out.push(...(await measurePublishToVisible(origin)));
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    out.push({ name: 'server RSS, peak under the load above', value: `${mb(peak.rss)} (own memory ${mb(peak.anon)})`, budget: '≤ 400 MB', ok: peak.rss <= 400 * 1024 * 1024 });
  } finally {
    clearInterval(sampler);
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
    forgetCachedPages();
  }
  return out;
}
