const probeOrigin = 'http://bayan.invalid';

/**
 * A redirect target from user input (`callbackUrl`), kept only if it is a path on this site:
 * `https://evil.example`, `//evil.example`, `/\evil.example` and `javascript:` all give `fallback`.
 */
export function safeLocalPath(raw: unknown, fallback: string): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//')) return fallback;
  // Browsers treat a backslash like a slash, and control characters are stripped before parsing.
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, probeOrigin);
    if (url.origin !== probeOrigin) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
