import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFingerprint } from './build-fingerprint';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-fingerprint-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
const databaseFile = path.join(root, 'data', 'bayan.db');
const fingerprint = (env: { SITE_URL?: string } = { SITE_URL: 'http://localhost:3000' }) => buildFingerprint({ root, env, databaseFile });

describe('buildFingerprint', () => {
  write('app/page.tsx', 'export default 1;');
  write('package-lock.json', '{}');
  write('data/bayan.db', 'one');

  it('stays the same while nothing the build reads has changed, outputs and notes included', () => {
    const before = fingerprint();
    write('.next/BUILD_ID', 'x');
    write('node_modules/x/index.js', 'x');
    write('next-env.d.ts', '/// <reference types="next" />');
    write('README.md', 'notes');
    expect(fingerprint()).toBe(before);
  });

  it('changes with a source file, the lockfile, SITE_URL or a new database', () => {
    let previous = fingerprint();
    const changed = (step: () => void, env?: { SITE_URL?: string }) => {
      step();
      const next = fingerprint(env);
      expect(next).not.toBe(previous);
      previous = next;
    };
    changed(() => write('app/page.tsx', 'export default 2;'));
    changed(() => write('package-lock.json', '{"lockfileVersion":3}'));
    changed(() => undefined, { SITE_URL: 'https://news.example.org' });
    previous = fingerprint();
    changed(() => {
      fs.rmSync(databaseFile);
      write('data/bayan.db', 'fresh');
    });
  });
});
