import fs from 'node:fs';
import path from 'node:path';

/*
 * A staff member working over plain HTTP, the way the browser does it, for tests and benchmarks
 * that need many people at once (a browser each would cost more than the server under test):
 * sign-in through Auth.js's credentials endpoint, then the newsroom's server actions as the
 * editor's JavaScript calls them — a POST to the page with the action's id in `Next-Action`.
 * No call goes around the app: every request meets the same checks as a browser's.
 */

/** Server action ids by exported name, read from the client chunks the browser downloads. */
let actionIds: Map<string, string> | undefined;

export function serverActionId(name: string, root = process.cwd()): string {
  if (!actionIds) {
    actionIds = new Map();
    const reference = /createServerReference\)\("([0-9a-f]{40,})",[^)]*?"(\w+)"\)/g;
    const chunks = path.join(root, '.next', 'static', 'chunks');
    for (const file of fs.readdirSync(chunks, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.js')) continue;
      for (const [, id, exported] of fs.readFileSync(path.join(chunks, file), 'utf8').matchAll(reference)) actionIds.set(exported!, id!);
    }
  }
  const id = actionIds.get(name);
  if (!id) throw new Error(`No server action ${name} in .next/static/chunks: build first (npm run build).`);
  return id;
}

/** What a `defineAction` action answers (app/_server/safe-action.ts), as its caller receives it. */
export type ActionAnswer<T = Record<string, unknown>> = { ok: true; data: T } | { ok: false; code: string; message: string };

/**
 * The value a server action returned, from its React Flight answer: row 0 names the row holding
 * the result; rows are `id:json` lines, or `id:T<hex length>,<text>` for long strings.
 */
export function decodeActionAnswer(flight: string): unknown {
  const rows = new Map<string, string>();
  const bytes = Buffer.from(flight, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString();
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(bytes.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, JSON.stringify(bytes.subarray(comma + 1, comma + 1 + length).toString()));
      at = comma + 1 + length;
      continue;
    }
    const end = bytes.indexOf(0x0a, colon);
    rows.set(id, bytes.subarray(colon + 1, end < 0 ? bytes.length : end).toString());
    at = end < 0 ? bytes.length : end + 1;
  }
  const resolve = (value: unknown): unknown => {
    if (typeof value === 'string' && value.startsWith('$')) {
      if (value.startsWith('$$')) return value.slice(1);
      if (value.startsWith('$D')) return new Date(value.slice(2));
      const reference = /^\$@?([0-9a-f]+)$/.exec(value);
      if (reference) return resolve(JSON.parse(rows.get(reference[1]!) ?? 'null'));
      return value;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item)]));
    return value;
  };
  const root = JSON.parse(rows.get('0') ?? '{}') as { a?: unknown };
  return resolve(root.a);
}

export class StaffSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly origin: string,
    readonly email: string,
    /** The address a front proxy would report for this person (the tests count one proxy hop). */
    readonly address = '127.0.0.1',
  ) {}

  private get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookies(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  async signIn(password: string): Promise<this> {
    const csrf = await this.fetch('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await this.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: this.email, password, csrfToken, callbackUrl: '/' }),
    });
    await response.arrayBuffer();
    if (![...this.cookies.keys()].some((name) => name.endsWith('authjs.session-token'))) throw new Error(`${this.email} could not sign in (${response.status})`);
    return this;
  }

  fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.cookieHeader);
    headers.set('x-forwarded-for', this.address);
    return fetch(`${this.origin}${pathname}`, { ...init, headers, redirect: 'manual' }).then((response) => {
      this.keepCookies(response);
      return response;
    });
  }

  /**
   * Calls a server action with plain arguments, as the editor's scripts do, from the page that
   * holds it. Resolves to the action's answer; rejects when the HTTP answer is not a 200.
   */
  async action<T>(name: string, page: string, ...args: unknown[]): Promise<ActionAnswer<T>> {
    const response = await this.fetch(page, {
      method: 'POST',
      headers: { 'next-action': serverActionId(name), accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: this.origin },
      body: JSON.stringify(args),
    });
    const text = await response.text();
    if (response.status !== 200) throw new HttpError(response.status, `${name} answered HTTP ${response.status}`);
    return decodeActionAnswer(text) as ActionAnswer<T>;
  }

  /** "New article": the form action, posted as the form's fields; answers the new article's id. */
  async createArticle(locale: string, title: string): Promise<number> {
    const form = new FormData();
    form.set('_1_locale', locale);
    form.set('_1_title', title);
    // The arguments themselves come last: the server resolves them as soon as they arrive.
    form.set('0', JSON.stringify(['$undefined', '$K1']));
    const response = await this.fetch(`/${locale}/admin/articles/new`, {
      method: 'POST',
      headers: { 'next-action': serverActionId('createArticleAction'), accept: 'text/x-component', origin: this.origin },
      body: form,
    });
    await response.arrayBuffer();
    const id = /\/admin\/articles\/(\d+)/.exec(response.headers.get('x-action-redirect') ?? '')?.[1];
    if (!id) throw new HttpError(response.status, `creating an article answered HTTP ${response.status} without the new article`);
    return Number(id);
  }
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
