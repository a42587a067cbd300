import { loadLocalEnv } from './local-env';

// `npm run admin:create -- --email … --name …`. Runs with the `react-server` condition (see
// package.json): it writes through db/queries, whose `server-only` marker refuses other callers.
// .env.local is loaded before the database module opens DATABASE_URL.
loadLocalEnv();
const { createAdminAccount } = await import('./admin-account');
const { env } = await import('../lib/env');

/** Reads one line from the terminal without echoing it: a password must not stay on screen. */
function askHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          return resolve(typed.join(''));
        }
        if (char === '\u0003' || char === '\u0004') {
          finish();
          return reject(new Error('Cancelled: no administrator was created.'));
        }
        // Backspace removes one character, surrogate pairs included (`typed` holds code points).
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : [...typed, char];
      }
    };
    stdout.write(question);
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

const result = await createAdminAccount({
  argv: process.argv.slice(2),
  environmentPassword: env.BAYAN_ADMIN_PASSWORD,
  askHidden: process.stdin.isTTY ? askHidden : null,
}).catch((error: Error): { ok: false; message: string } => ({ ok: false, message: error.message }));
if (result.ok) console.log(result.message);
else console.error(result.message);
process.exitCode = result.ok ? 0 : 1;
