import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

describe('clientIp', () => {
  it('takes the entry the nearest proxy appended', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '198.51.100.7, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientIp(new Headers({ 'x-forwarded-for': '127.0.0.1' }))).toBe('127.0.0.1');
  });

  it('falls back to X-Real-IP, then to a fixed bucket', () => {
    expect(clientIp(new Headers({ 'x-real-ip': '203.0.113.1' }))).toBe('203.0.113.1');
    expect(clientIp(new Headers())).toBe('unknown');
  });
});
