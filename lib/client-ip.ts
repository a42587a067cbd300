/**
 * The client's address as the nearest proxy saw it: the last `X-Forwarded-For` entry. Next.js
 * fills that header with the socket address when it is absent; a reverse proxy in front (nginx
 * `$proxy_add_x_forwarded_for`) appends the real address, so the last entry is the one a client
 * cannot forge. Without such a proxy a client can choose the value, which is why sign-in is also
 * limited per account, whatever the address.
 */
export function clientIp(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip')?.trim() || 'unknown';
}
