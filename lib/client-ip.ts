/**
 * The client's address for the sign-in lockout and the audit log, read from `X-Forwarded-For`
 * counting from the right, where the hops that can be trusted wrote: the last entry is the
 * socket's peer (server.mjs appends it; `next start` alone would keep a client's header as it
 * came), and each trusted proxy in front appended the address it saw before that. With
 * `trustedProxies` = 0 the peer itself is the client; with N, the entry N places before it.
 * Entries further left were written by the client and are never read. When there are fewer
 * entries than expected (a request that did not pass every proxy), the leftmost is taken: it was
 * still written by one of the hops, not by the client.
 */
export function clientIp(headers: Pick<Headers, 'get'>, trustedProxies: number): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const address = hops.at(-(trustedProxies + 1)) ?? hops[0];
  // A dual-stack socket reports IPv4 peers as `::ffff:a.b.c.d`; one spelling per address keeps one counter.
  return address?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '') ?? 'unknown';
}
