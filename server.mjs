/**
 * The production server (`npm start`): Next.js's own request handler behind a plain node:http
 * server, for one reason — to pass on the address of the socket each request came in on.
 *
 * `next start` (16.4) writes the socket address into `X-Forwarded-For` only when the request has
 * no such header (`??=` in next/dist/server/base-server.js) and exposes the socket no other way
 * (`request.ip` is gone since Next 15). So a client that sends its own `X-Forwarded-For` would
 * choose the address the sign-in lockout and the audit log see. Here the socket address is
 * appended instead, as every proxy hop does (nginx `$proxy_add_x_forwarded_for`): the last entry
 * is always the peer, and lib/client-ip.ts counts back from it past `BAYAN_TRUSTED_PROXIES` hops.
 *
 * It also gives shared caches the lifetime a newsroom needs: a few seconds for public pages (see
 * lib/shared-cache.mjs), since Next's own header would let a CDN keep an unpublished release a day.
 *
 * And it asks the app's address gate (app/_server/address-gate.ts, handed over by
 * instrumentation.ts when Next loads the app) about every request first: moved addresses, withdrawn
 * releases, trailing slashes and broken escapes are answered before any page or cache is looked at.
 *
 * Usage mirrors `next start`: `node server.mjs [-p PORT] [-H HOSTNAME] [--dev]`.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { sharedCachePolicy } from './lib/shared-cache.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' }, dev: { type: 'boolean' } },
});
// PORT is read here and not through lib/env.ts: node runs this file as plain JavaScript, which
// cannot import TypeScript. Every other setting is parsed by lib/env.ts when Next loads the app.
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

// `--dev` (npm run dev): Next's development server, behind the same checks as production.
const app = next({ dev: values.dev ?? false, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
// The app hands its address gate over from instrumentation.ts, which Next runs as it loads the app,
// not always before prepare() returns: the server listens once it has it.
const addressGate = new Promise((resolve) => Object.assign(globalThis, { [Symbol.for('bayan.addressGate')]: resolve }));
const gateTimeout = setTimeout(() => {
  console.error('The app did not hand over its address gate (instrumentation.ts): not starting.');
  process.exit(1);
}, 60_000);
await app.prepare();
const answerAddress = await addressGate;
clearTimeout(gateTimeout);

const server = createServer((request, response) => {
  const forwarded = request.headers['x-forwarded-for'];
  const hops = [forwarded, request.socket.remoteAddress].flat().filter(Boolean);
  request.headers['x-forwarded-for'] = hops.join(', ');
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? sharedCachePolicy(String(value)) : value);
  // Request headers only the proxy may set: Next takes a page's script nonce from the first, and
  // next-intl the language from the second. The proxy sets them again where it runs.
  delete request.headers['content-security-policy'];
  delete request.headers['x-next-intl-locale'];
  let answer;
  try {
    answer = answerAddress(request.url ?? '/', { overHttps: request.headers['x-forwarded-proto'] === 'https' });
  } catch (error) {
    // A database that cannot be read: this request fails, and says so, rather than hanging (an
    // error thrown here would reach no handler) or being served a page the gate did not check.
    console.error(error);
    response.writeHead(500, { 'Cache-Control': 'no-store' });
    response.end();
    return;
  }
  if (answer.kind === 'respond') {
    response.writeHead(answer.status, answer.headers);
    response.end();
    return;
  }
  // A rewrite: Next routes the request by its URL, and the address the reader asked for stays.
  if (answer.kind === 'rewrite') request.url = answer.path;
  void handle(request, response);
});
// Idle keep-alive connections stay open longer than a proxy's (nginx keeps upstream connections
// 60 s): with Node's 5 s default, a proxy or client that reuses a connection just as the server
// closes it gets ECONNRESET on a request the server never saw.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(`> Bayan ready on http://${hostname ?? 'localhost'}:${port}`);
});

// On a stop signal, take no new requests and finish those in flight.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}
