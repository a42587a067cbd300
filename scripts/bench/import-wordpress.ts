import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * `npm run bench:import -- [--posts 20000] [--file export.xml]`: the WordPress import's throughput
 * on a generated export (scripts/bench/generate-wxr.ts), into a throwaway database. Budget: at
 * least 200 posts/s. Prints wall-clock and CPU rates: on a shared machine the CPU rate says what
 * the import itself costs.
 */
const { values } = parseArgs({ options: { posts: { type: 'string', default: '20000' }, file: { type: 'string' } } });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-import-bench-'));
process.env.DATABASE_URL = path.join(dir, 'bench.db');
process.env.MEDIA_DIR = path.join(dir, 'media');

const { generateWxr } = await import('./generate-wxr');
const { cacheStatements, migrateDatabase } = await import('@/db/client');
const { db } = await import('@/db/index');
const { importWordPress } = await import('../wordpress/import');

try {
  let file = values.file;
  if (!file) {
    file = path.join(dir, 'export.xml');
    const generated = await generateWxr({ posts: Number(values.posts), out: file });
    console.log(`Generated ${generated.posts} posts (ar ${generated.byLocale.ar}, en ${generated.byLocale.en}, fr ${generated.byLocale.fr}), ${(generated.bytes / 1e6).toFixed(1)} MB`);
  }
  migrateDatabase(db);
cacheStatements(db);
  const cpu = process.cpuUsage();
  const report = await importWordPress({ file, mediaDir: null, dryRun: false });
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`Imported ${report.created} of ${report.done} posts (${report.skipped} skipped) in ${report.seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU`);
  console.log(`Throughput: ${Math.round(report.postsPerSecond)} posts/s wall, ${Math.round(report.done / cpuSeconds)} posts/s per CPU second (budget ≥ 200)`);
  console.log(`Database: ${(fs.statSync(process.env.DATABASE_URL).size / 1e6).toFixed(1)} MB; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; load average ${os.loadavg()[0]?.toFixed(1)}`);
} finally {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
