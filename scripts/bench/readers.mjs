/**
 * The readers of `npm run bench -- --load`, in a process of their own so that they never share an
 * event loop with the editors or the server: autocannon with N connections cycling through the
 * given public paths. Arguments: one JSON object { origin, connections, seconds, paths }; prints
 * autocannon's result as JSON. Plain JavaScript: autocannon ships no types.
 */
import autocannon from 'autocannon';

const { origin, connections, seconds, paths } = JSON.parse(process.argv[2]);
const result = await autocannon({
  url: origin,
  connections,
  duration: seconds,
  // Browsers ask for compressed pages; the origin never compresses (next.config.ts), as in production.
  headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' },
  requests: paths.map((path) => ({ method: 'GET', path })),
});
process.stdout.write(JSON.stringify(result));
