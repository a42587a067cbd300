import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Native modules must stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'sharp'],
  poweredByHeader: false,
  // Next's page cache, except that expired error pages are rendered afresh (see the file).
  cacheHandler: fileURLToPath(new URL('./app/_server/page-cache-handler.mjs', import.meta.url)),
  // Compressing a cached 60–90 KB page costs ~1 ms of CPU on every request; a front proxy
  // (nginx `gzip on` / `gzip_static`, a CDN) compresses once and caches the result. See README.
  compress: false,
  typedRoutes: false,
  experimental: {
    // forbidden() and forbidden.tsx: the localized 403 page of the admin area.
    authInterrupts: true,
    // The largest honest request is a save of a body at its limit (200,000 characters of text,
    // lib/editor/validate-body.ts: ~400 KB of Arabic in UTF-8, plus the JSON around it). Anything
    // larger is refused before it is parsed; the editor then keeps the text and says so.
    serverActions: { bodySizeLimit: '2mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        ],
      },
      {
        // A partner's embargo link: its token must not leave in a Referer, no engine may index it,
        // and its page loads images from this site only, whatever a body might name.
        source: '/:locale/embargo/:token',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow, noarchive' },
          { key: 'Content-Security-Policy', value: "img-src 'self' data:; frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
