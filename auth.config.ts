import type { NextAuthConfig } from 'next-auth';
import { siteUrl } from '@/lib/env';
import { safeLocalPath } from '@/lib/safe-redirect';

/**
 * The part of the Auth.js setup that needs no database (session, pages, token callbacks, logging);
 * auth.ts adds the credentials provider, which does.
 */
export const authConfig = {
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  // Auth.js's cookies are HttpOnly and SameSite=Lax; a site whose public origin is HTTPS (every
  // production installation) also marks them Secure (`__Secure-`/`__Host-` names), decided by that
  // origin rather than by a forwarded header that a misconfigured proxy might drop.
  useSecureCookies: siteUrl.startsWith('https:'),
  // Auth.js's own pages are unlocalized: send everything to ours (next-intl adds the locale).
  pages: { signIn: '/login', error: '/login' },
  providers: [],
  callbacks: {
    // Every way back after sign-in or sign-out (the form's redirectTo, a callbackUrl posted to the
    // Auth.js endpoint or left in its cookie, a Referer) passes the sign-in page's own check, so the
    // endpoint cannot be used as an open redirect either. Auth.js gives a path or an absolute URL.
    redirect({ url, baseUrl }) {
      let path: unknown = url;
      if (!url.startsWith('/')) {
        const absolute = URL.parse(url);
        path = absolute?.origin === baseUrl ? `${absolute.pathname}${absolute.search}${absolute.hash}` : null;
      }
      return `${baseUrl}${safeLocalPath(path, '/')}`;
    },
    // Set once, at sign-in, from what the credentials check returned; nothing a client sends
    // (Auth.js's session update) can change them.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.passwordStamp = user.passwordStamp;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.passwordStamp === 'string') session.passwordStamp = token.passwordStamp;
      return session;
    },
  },
  logger: {
    // A wrong password is an expected outcome (audited in the database), not a server error.
    error(error) {
      if ((error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;
