import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

const from = (forwarded: string) => new Headers({ 'x-forwarded-for': forwarded });

describe('clientIp', () => {
  it('with no trusted proxy, takes the socket address (the last entry), whatever the client claims before it', () => {
    expect(clientIp(from('203.0.113.9'), 0)).toBe('203.0.113.9');
    expect(clientIp(from('198.51.100.7, 203.0.113.9'), 0)).toBe('203.0.113.9');
    expect(clientIp(from('10.0.0.1,198.51.100.7 ,  203.0.113.9'), 0)).toBe('203.0.113.9');
  });

  it('with N trusted proxies, takes the entry the outermost of them appended', () => {
    // client-forged, then what the proxy saw, then the proxy itself (the socket).
    const forwarded = from('192.0.2.66, 198.51.100.7, 10.0.0.2');
    expect(clientIp(forwarded, 1)).toBe('198.51.100.7');
    expect(clientIp(from('192.0.2.66, 198.51.100.7, 10.0.0.3, 10.0.0.2'), 2)).toBe('198.51.100.7');
  });

  it('never reads an address the client wrote: empty entries do not shift the count', () => {
    expect(clientIp(from('192.0.2.66,, , 198.51.100.7, 10.0.0.2'), 1)).toBe('198.51.100.7');
  });

  it('with fewer hops than trusted proxies, takes the leftmost one a hop wrote', () => {
    expect(clientIp(from('10.0.0.2'), 1)).toBe('10.0.0.2');
  });

  it('ignores X-Real-IP, which any client can send', () => {
    expect(clientIp(new Headers({ 'x-real-ip': '192.0.2.66', 'x-forwarded-for': '203.0.113.1' }), 0)).toBe('203.0.113.1');
    expect(clientIp(new Headers({ 'x-real-ip': '192.0.2.66' }), 0)).toBe('unknown');
  });

  it('writes an IPv4 peer of a dual-stack socket the IPv4 way', () => {
    expect(clientIp(from('::ffff:203.0.113.9'), 0)).toBe('203.0.113.9');
    expect(clientIp(from('2001:db8::1'), 0)).toBe('2001:db8::1');
  });
});
