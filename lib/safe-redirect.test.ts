import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './safe-redirect';

const fallback = '/ar/admin';

describe('safeLocalPath', () => {
  it.each([
    ['/ar/admin', '/ar/admin'],
    ['/en/admin/users?page=2', '/en/admin/users?page=2'],
    ['/fr/admin/articles/3#comments', '/fr/admin/articles/3#comments'],
    // Harmless dot segments are resolved, and the path returned is the one that was checked.
    ['/en/admin/../admin/audit', '/en/admin/audit'],
    ['/en/./admin', '/en/admin'],
    ['/en/admin/%2e%2e/admin/inbox', '/en/admin/inbox'],
    // A query may carry encoded slashes: only the path decides where the browser goes.
    ['/en/admin/audit?action=auth.signIn&next=%2F%2Fx', '/en/admin/audit?action=auth.signIn&next=%2F%2Fx'],
  ])('keeps the local path %j as %j', (raw, kept) => {
    expect(safeLocalPath(raw, fallback)).toBe(kept);
  });

  it.each([
    // Other origins, schemes and protocol-relative URLs.
    'https://evil.example',
    'https://evil.example/ar/admin',
    'http://bayan.invalid/ar/admin',
    '//evil.example',
    '///evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    // Dot segments, plain or encoded in either case, that normalize to `//evil.example`.
    '/.//evil.example',
    '/./evil.example/..//evil.example',
    '/en/..//evil.example',
    '/%2e%2e//evil.example',
    '/%2E%2E//evil.example',
    '/%2e//evil.example',
    '/%2E/%2e%2E//evil.example',
    '/en/%2e%2e/%2e%2e//evil.example',
    // Encoded slashes and backslashes, for servers that decode before routing.
    '/%2f/evil.example',
    '/%2F%2Fevil.example',
    '/%5c/evil.example',
    '/%5Cevil.example',
    // Backslashes, which browsers read as slashes.
    '/\\evil.example',
    '\\/evil.example',
    '/\\\\evil.example',
    '\\\\evil.example',
    '/.\\/evil.example',
    // Tabs, newlines and carriage returns, which browsers strip before parsing.
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\r\n/evil.example',
    '/.\t//evil.example',
    // Not a string, or nothing.
    '',
    undefined,
    null,
    42,
    ['/ar/admin'],
  ])('replaces %j with the fallback', (raw) => {
    expect(safeLocalPath(raw, fallback)).toBe(fallback);
  });
});
