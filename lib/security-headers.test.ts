import { describe, expect, it } from 'vitest';
import { newNonce, publicPagePolicy, resourcePolicy, staffPagePolicy } from './security-headers';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(' '))
    .find(([key]) => key === name)
    ?.slice(1);

describe('security headers', () => {
  it('gives every staff page a nonce of its own, and scripts nothing else', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const policy = staffPagePolicy('abc');
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
  });

  it('keeps cached public pages free of nonces, and refuses event-handler attributes on them', () => {
    const policy = publicPagePolicy();
    expect(policy).not.toContain('nonce-');
    expect(directive(policy, 'script-src-attr')).toEqual(["'none'"]);
    expect(directive(policy, 'form-action')).toEqual(["'self'"]);
  });

  it('adds eval only for next dev', () => {
    expect(directive(staffPagePolicy('abc', { dev: true }), 'script-src')).toContain("'unsafe-eval'");
    expect(directive(publicPagePolicy({ dev: true }), 'script-src')).toContain("'unsafe-eval'");
    expect(resourcePolicy).toContain("default-src 'none'");
  });
});
