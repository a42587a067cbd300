import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Outputs, data and tooling, not inputs of `next build` (next-env.d.ts is written by the build itself). */
const notInputs = new Set(['node_modules', '.next', '.git', 'data', 'test-results', 'playwright-report', 'blob-report', 'coverage', 'next-env.d.ts']);

function inputFiles(root: string, folder = ''): string[] {
  return fs
    .readdirSync(path.join(root, folder), { withFileTypes: true })
    .filter((entry) => !notInputs.has(entry.name) && !entry.name.endsWith('.md'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = path.join(folder, entry.name);
      if (entry.isDirectory()) return inputFiles(root, relative);
      return entry.isFile() ? [relative] : [];
    });
}

/**
 * What a production build depends on: every source file and the lockfile, the settings written
 * into prerendered pages (SITE_URL), and which database the build read (pages prerendered from a
 * database that has since been replaced, e.g. a fresh demo, would show releases it no longer has).
 */
export function buildFingerprint({ root, env, databaseFile }: { root: string; env: { SITE_URL?: string; BAYAN_TIME_ZONE?: string }; databaseFile: string }): string {
  const hash = crypto.createHash('sha256');
  for (const file of inputFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  hash.update(`SITE_URL=${env.SITE_URL ?? ''}\0BAYAN_TIME_ZONE=${env.BAYAN_TIME_ZONE ?? ''}\0`);
  const database = fs.existsSync(databaseFile) ? fs.statSync(databaseFile) : null;
  hash.update(`database=${databaseFile}:${database ? `${database.ino}:${database.birthtimeMs}` : 'none'}`);
  return hash.digest('hex');
}
