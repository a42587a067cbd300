import { parseArgs } from 'node:util';
import { loadLocalEnv } from './local-env';

// `npm run import:wordpress -- <export.xml> [--media-dir <wp-content/uploads>] [--dry-run]`.
// Runs with the `react-server` condition (see package.json): it writes through db/queries, whose
// `server-only` marker refuses other callers. .env.local is loaded before the database opens.
loadLocalEnv();
const { importWordPress } = await import('./wordpress/import');
const { formatReport, progressLine } = await import('./wordpress/report');
const { WxrError } = await import('@/lib/wordpress/wxr-reader');
const { cacheStatements, migrateDatabase } = await import('@/db/client');
const { db } = await import('@/db/index');

const usage = 'Usage: npm run import:wordpress -- <export.xml> [--media-dir <wp-content/uploads>] [--dry-run]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { 'media-dir': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length > 0) fail(usage);

const { existsSync, statSync } = await import('node:fs');
if (!existsSync(file) || !statSync(file).isFile()) fail(`Not imported: ${file} does not exist or is not a file.`);
const mediaDir = parsed.values['media-dir'] ?? null;
if (mediaDir && !(existsSync(mediaDir) && statSync(mediaDir).isDirectory())) fail(`Not imported: the media folder ${mediaDir} does not exist.`);

migrateDatabase(db);
cacheStatements(db);
const terminal = process.stderr.isTTY;
const started = performance.now();
let lastLine = 0;
try {
  const report = await importWordPress({
    file,
    mediaDir,
    dryRun: parsed.values['dry-run'],
    onProgress: (progress) => {
      const at = performance.now();
      const seconds = (at - started) / 1000;
      // A bar redrawn in place on a terminal; elsewhere (a log, CI) a plain line every few seconds.
      if (terminal && at - lastLine > 100) process.stderr.write(`\r${progressLine(progress, { bar: true, seconds })}`);
      else if (!terminal && (at - lastLine > 5000 || progress.done === progress.total)) process.stderr.write(`${progressLine(progress, { bar: false, seconds })}\n`);
      else return;
      lastLine = at;
    },
  });
  if (terminal) process.stderr.write('\n');
  console.log(formatReport(report));
} catch (error) {
  if (terminal) process.stderr.write('\n');
  if (error instanceof WxrError) {
    const what = { not_utf8: 'is not UTF-8 text', not_wxr: 'is not a WordPress export (WXR)', truncated: 'is truncated', malformed: 'is not well-formed XML' }[error.problem];
    fail(`Not imported: ${file} ${what}: ${error.message}. Nothing was written.`);
  }
  throw error;
}
