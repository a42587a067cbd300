import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './safe-redirect';

describe('safeLocalPath', () => {
  it.each(['/ar/admin', '/en/admin/users?page=2', '/fr/admin/articles/3#comments'])('keeps the local path %s', (path) => {
    expect(safeLocalPath(path, '/ar/admin')).toBe(path);
  });

  it.each([
    'https://evil.example',
    'https://evil.example/ar/admin',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'evil.example',
    '',
    undefined,
    42,
    ['/ar/admin'],
  ])('replaces %j with the fallback', (raw) => {
    expect(safeLocalPath(raw, '/ar/admin')).toBe('/ar/admin');
  });
});
