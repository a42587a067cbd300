/**
 * `npm run bench`: the public site's performance, measured against the production build.
 *
 *  1. server time of a cached article page (sequential requests, median and p95);
 *  2. server time of uncached searches over the demo data;
 *  3. throughput of the article, home, category and search pages side by side in one run: nginx
 *     serving the same bytes, a bare Next.js app, the origin, and the origin behind the shipped
 *     nginx micro-cache (scripts/bench/front.ts).
 *
 * With `--load`, it runs the load test of scripts/bench/load.ts instead.
 *
 * Needs `npm run build` first, and nginx (wrk too, if installed, as the load generator). Uses
 * DATABASE_URL (default data/bayan.db) and BENCH_PORT (3300; the next five ports for the others).
 */
import { benchFront } from './bench/front';
import { productionServerFlags, startNodeServer, waitUntilUp } from './bench/processes';
import { toolEnv } from '../lib/env';

// `npm run bench -- --load`: readers and editors together, with nothing lost (scripts/bench/load.ts).
if (process.argv.includes('--load')) {
  const { runLoadBench } = await import('./bench/load');
  process.exit((await runLoadBench()) ? 0 : 1);
}

const port = toolEnv().BENCH_PORT;
const browserHeaders = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };

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

const ms = (value: number) => `${value.toFixed(2)} ms`;

const origin = startNodeServer({ args: [...productionServerFlags, 'server.mjs', '-p', String(port), '-H', '127.0.0.1'], port });
try {
  await waitUntilUp(`${origin.url}/api/health`);
  const home = await (await fetch(`${origin.url}/ar`)).text();
  const articlePath = /href="(\/ar\/news\/[^"]+)"/.exec(home)?.[1];
  if (!articlePath) throw new Error('No article on the Arabic home page: seed the database first (npm run setup).');
  const articleUrl = `${origin.url}${encodeURI(articlePath)}`;

  // Warm the cache: the first request renders, the next ones are served from the cache.
  await fetch(articleUrl);
  const cached = await fetch(articleUrl, { headers: browserHeaders });
  const bytes = Buffer.from(await cached.arrayBuffer());
  console.log(`Article: ${articlePath}`);
  console.log(`  ${bytes.length} bytes, x-nextjs-cache: ${cached.headers.get('x-nextjs-cache')}, content-encoding: ${cached.headers.get('content-encoding') ?? 'none'}`);

  const article = await timeRequests(Array.from({ length: 200 }, () => articleUrl));
  console.log(`Cached article page, server time (200 sequential requests): p10 ${ms(article.p10)}, median ${ms(article.median)}, p95 ${ms(article.p95)}`);

  const queries = ['والمؤتمر', 'مؤتمر', 'التعليم', 'المياه', 'الأمن الغذائي', 'conference', 'education', 'refugees', 'sécurité alimentaire', 'jeunesse', 'الشباب', '2026'];
  await timeRequests([`${origin.url}/ar/search?q=warmup`]);
  const search = await timeRequests(Array.from({ length: 60 }, (_, i) => `${origin.url}/ar/search?q=${encodeURIComponent(queries[i % queries.length]!)}`));
  console.log(`Uncached search (60 requests, ${queries.length} queries): p10 ${ms(search.p10)}, median ${ms(search.median)}, p95 ${ms(search.p95)}`);

  await benchFront({ origin, ports: { bare: port + 1, static: port + 2, front: port + 3 } });
} finally {
  origin.stop();
}
