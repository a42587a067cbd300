import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { locales } from './i18n/config';
import { headersEverywhere, publicPagePolicy, strictTransportSecurity } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Native modules must stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'sharp'],
  poweredByHeader: false,
  // The production server strips trailing slashes itself, after looking the path up among moved
  // addresses (app/_server/address-gate.ts): an old WordPress permalink (`/2020/05/slug/`) must
  // answer one 301, not Next's 308 and then ours.
  skipTrailingSlashRedirect: true,
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
        // Pages replace the policy of these with their own; the rest (API answers, media, feeds)
        // is never a document anything should run or load in.
        headers: Object.entries(headersEverywhere).map(([key, value]) => ({ key, value })),
      },
      {
        // Public pages (a language, then no file name): their policy is the same for every reader,
        // so it is sent from here, and the proxy runs only for the staff pages whose nonce it sets.
        source: `/:locale(${locales.join('|')})/:path((?!.*\\.).*)?`,
        headers: [{ key: 'Content-Security-Policy', value: publicPagePolicy({ dev: process.env.NODE_ENV === 'development' }) }],
      },
      // Browsers keep to HTTPS once they reached the site over it. The proxy in front terminates
      // TLS and says so in X-Forwarded-Proto (deploy/nginx/bayan.conf); over plain HTTP a browser
      // ignores the header anyway, so a client that forges it gains nothing.
      // NODE_ENV is read here, not through lib/env: Next.js sets it and loads this file for every
      // command (`next typegen` too, as production), where lib/env would demand an AUTH_SECRET.
      ...(process.env.NODE_ENV === 'production'
        ? [
            {
              source: '/:path*',
              has: [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https' }],
              headers: [{ key: 'Strict-Transport-Security', value: strictTransportSecurity }],
            },
          ]
        : []),
      {
        // A partner's embargo link or a draft preview link: its token must not leave in a Referer, and
        // no engine may index it. Its page policy (proxy.ts) loads images from this site only.
        source: '/:locale/:kind(embargo|draft)/:token',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow, noarchive' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
