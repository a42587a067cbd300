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
 * Usage mirrors `next start`: `node server.mjs [-p PORT] [-H HOSTNAME]`.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { sharedCachePolicy } from './lib/shared-cache.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
// PORT is read here and not through lib/env.ts: node runs this file as plain JavaScript, which
// cannot import TypeScript. Every other setting is parsed by lib/env.ts when Next loads the app.
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

const app = next({ dev: false, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const forwarded = request.headers['x-forwarded-for'];
  const hops = [forwarded, request.socket.remoteAddress].flat().filter(Boolean);
  request.headers['x-forwarded-for'] = hops.join(', ');
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? sharedCachePolicy(String(value)) : value);
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
