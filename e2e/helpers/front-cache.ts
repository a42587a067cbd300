import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * nginx with the shipped site config (deploy/nginx/bayan.conf) in front of the test server, in a
 * folder of its own: its own port, cache, pid and logs. Returns the front's origin and a stop function.
 */
export function startFrontCache({ origin, port }: { origin: string; port: number }): { url: string; stop: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bayan-nginx-'));
  // Run as root, nginx's workers drop to an unprivileged user, who must write the cache and temp files.
  fs.chmodSync(dir, 0o777);
  const site = fs
    .readFileSync(path.join(process.cwd(), 'deploy', 'nginx', 'bayan.conf'), 'utf8')
    .replace('/var/cache/nginx/bayan', path.join(dir, 'cache'))
    .replace('server 127.0.0.1:3000;', `server ${new URL(origin).host};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`);
  fs.writeFileSync(path.join(dir, 'bayan.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${path.join(dir, kind)};`).join('\n  ');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;\npid ${path.join(dir, 'nginx.pid')};\nerror_log ${path.join(dir, 'error.log')};\nevents {}\nhttp {\n  access_log off;\n  ${temp}\n  include ${path.join(dir, 'bayan.conf')};\n}\n`,
  );
  execFileSync('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir]);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      const pid = Number(fs.readFileSync(path.join(dir, 'nginx.pid'), 'utf8'));
      process.kill(pid, 'SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
