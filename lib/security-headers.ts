/**
 * The security headers of every response, in one place: next.config.ts sends the ones that hold
 * everywhere and public pages' Content-Security-Policy, proxy.ts the staff pages' (see the README,
 * "Security headers").
 *
 * Two page policies, because a per-request nonce needs a per-request page:
 * - staff pages (sign-in, admin, embargo links) are rendered for each request, so their scripts
 *   carry a fresh nonce (Next.js reads it from the policy the proxy sets) and nothing else runs;
 * - public pages are served from a cache, the same bytes to every reader, so no nonce can be in
 *   them: Next's inline bootstrap scripts need 'unsafe-inline'. Everything else stays as strict as
 *   on staff pages: scripts from this origin only, no event-handler attributes, no plugins, no
 *   framing, no foreign form targets or base URL.
 *
 * Styles allow 'unsafe-inline' on both: React's `style` props, ProseMirror's inline styles and the
 * `<style>` element Tiptap injects are inline. CSS cannot run script, and a stored body renders
 * through the editor's schema (lib/render.ts), which has no style attribute, so inline styles only
 * ever come from the app's own code.
 */

const everywhere = {
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
} as const;

function serialize(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** A fresh nonce: 128 random bits, base64 (what Next.js accepts in `'nonce-…'`). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Sign-in, admin and embargo pages. `'strict-dynamic'` lets the scripts Next loads from its
 * nonce-bearing bootstrap load their own chunks; `dev` adds what `next dev`'s refresh needs (eval).
 */
export function staffPagePolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // The media library previews a chosen file from a blob: URL before uploading it.
    'img-src': ["'self'", 'data:', 'blob:'],
    ...everywhere,
  });
}

/** Public pages: cached, so no nonce (see above). */
export function publicPagePolicy({ dev = false }: { dev?: boolean } = {}): string {
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    // An injected `onerror=`/`onclick=` never runs, even though inline <script> elements may.
    'script-src-attr': ["'none'"],
    // No `data:` images: no public page shows one. And next.config.ts sends this policy, where a
    // header value with a colon is compiled as a path pattern on every request (Next's
    // compileNonPath): about 3 % of a cached page's cost.
    'img-src': ["'self'"],
    ...everywhere,
  });
}

/**
 * Anything that is not a page (API answers, media files, feeds, sitemaps): nothing may run or
 * load in it if a browser opens it as a document, and it may not be framed.
 */
export const resourcePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/** Features no page of Bayan uses: denied to it and to anything it could embed. */
export const permissionsPolicy = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), browsing-topics=()';

/**
 * What every response carries (next.config.ts sends them; the production server adds them to the
 * few answers it gives itself, app/_server/address-gate.ts). Pages replace the policy with their own.
 */
export const headersEverywhere: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': permissionsPolicy,
  // Older browsers' frame-ancestors 'none'.
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': resourcePolicy,
};

/** Two years, the HSTS preload list's minimum; sent only on requests that arrived over HTTPS. */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';
