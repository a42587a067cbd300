const probeOrigin = 'http://bayan.invalid';

/**
 * A path as a browser will read it: rooted, not `//host` (protocol-relative), and free of the
 * characters browsers rewrite before parsing (a backslash reads as a slash; tabs, CR and LF are
 * dropped), any of which can turn a path into another host.
 */
function looksLocal(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !/[\\\u0000-\u001f\u007f]/.test(path);
}

/**
 * One round of what the URL parser (ours, then the browser's) does to a path: resolve `.`, `..`
 * and their encoded forms (`%2e`). The result is checked again, because normalization is what turns
 * `/.//evil.example` or `/%2e%2e//evil.example` into `//evil.example`. An encoded slash or
 * backslash in the path is refused too: no page of ours has one, and a server or proxy that
 * decodes it before routing would see a different path than the one checked here.
 */
function normalizeOnce(path: string): string | null {
  if (!looksLocal(path)) return null;
  let url: URL;
  try {
    url = new URL(path, probeOrigin);
  } catch {
    return null;
  }
  if (url.origin !== probeOrigin || /%(2f|5c)/i.test(url.pathname)) return null;
  const normalized = `${url.pathname}${url.search}${url.hash}`;
  return looksLocal(normalized) ? normalized : null;
}

/**
 * A redirect target from user input (`callbackUrl`), kept only if it is a path on this site, in
 * the normalized form it is checked in: `https://evil.example`, `//evil.example`,
 * `/\evil.example`, `/%2e%2e//evil.example` and `javascript:` all give `fallback`. Normalizing is
 * repeated until the path no longer changes (a fixed point is what the browser will also reach);
 * a path that keeps changing is refused.
 */
export function safeLocalPath(raw: unknown, fallback: string): string {
  if (typeof raw !== 'string') return fallback;
  let path = raw;
  for (let round = 0; round < 4; round += 1) {
    const normalized = normalizeOnce(path);
    if (normalized === null) return fallback;
    if (normalized === path) return path;
    path = normalized;
  }
  return fallback;
}
