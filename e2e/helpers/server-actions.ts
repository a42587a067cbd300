import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRequestContext } from '@playwright/test';

// React's own reply codec, the one the browser uses to send a server action's arguments and to
// read its answer (Next.js ships it compiled; the edge build runs in plain Node).
const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.edge') as {
  encodeReply: (value: unknown[]) => Promise<string | FormData>;
};

/**
 * The action's return value from a Flight answer: row 0 points to it (`"a":"$@<row>"`). Its rows
 * are plain JSON for the plain data actions return; the page tree that follows (after a
 * revalidation) holds client references, which need the browser's bundles and are not read here.
 */
function actionResult(flight: string): unknown {
  const rows = new Map<string, string>();
  for (const line of flight.split('\n')) {
    const row = /^([0-9a-f]+):(.*)$/.exec(line);
    if (row && !rows.has(row[1]!)) rows.set(row[1]!, row[2]!);
  }
  const revive = (_key: string, value: unknown) => (typeof value === 'string' && value.startsWith('$') ? (value === '$undefined' ? undefined : value.startsWith('$$') ? value.slice(1) : value) : value);
  const root = rows.get('0');
  const pointer = root ? (JSON.parse(root) as { a?: unknown }).a : undefined;
  const target = typeof pointer === 'string' ? /^\$@([0-9a-f]+)$/.exec(pointer)?.[1] : undefined;
  const row = target ? rows.get(target) : undefined;
  if (!row || row.startsWith('E')) return undefined;
  return JSON.parse(row, revive) as unknown;
}

export interface ManifestAction {
  id: string;
  exportedName: string;
  /** Source file, e.g. `app/[locale]/admin/articles/actions.ts`. */
  filename: string;
  /** A page that imports it (`app/[locale]/admin/articles/[id]/page`): the browser posts there. */
  page: string;
}

/** Every server action of the production build, as .next/server/server-reference-manifest.json lists them. */
export function buildActions(): ManifestAction[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, exportedName: entry.exportedName, filename: entry.filename, page: Object.keys(entry.workers)[0]! }));
}

/** The address a browser posts an action to: its page, with the route's parameters filled in. */
export function pagePath(page: string, params: Record<string, string | number> = {}): string {
  const path = page
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .replace(/\[(\w+)\]/g, (_match, name: string) => String(name === 'locale' ? 'en' : (params[name] ?? 1)));
  return path === '' ? '/' : path;
}

export interface ActionAnswer {
  status: number;
  /** What the action returned (a typed result or form state); undefined when it threw or redirected. */
  result: unknown;
  /** Where a successful action sent the browser (`redirect()` in the action), if anywhere. */
  redirect: string | null;
}

/**
 * Calls a server action exactly as the browser's fetch does: POST to the page with the action id
 * in `Next-Action` and the arguments in React's reply encoding, the context's cookies included.
 */
export async function callAction(request: APIRequestContext, baseURL: string, action: ManifestAction, args: unknown[], params?: Record<string, string | number>): Promise<ActionAnswer> {
  const path = pagePath(action.page, params);
  const encoded = await encodeReply(args);
  const headers = { 'next-action': action.id, accept: 'text/x-component', origin: baseURL };
  // A FormData reply goes as the browser sends it: multipart, encoded by the fetch standard's own code.
  const body = typeof encoded === 'string' ? null : new Response(encoded);
  const response = body
    ? await request.post(path, { headers: { ...headers, 'content-type': body.headers.get('content-type')! }, data: Buffer.from(await body.arrayBuffer()), maxRedirects: 0 })
    : await request.post(path, { headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: encoded, maxRedirects: 0 });
  const status = response.status();
  const redirect = response.headers()['x-action-redirect'] ?? null;
  const result = status === 200 && (response.headers()['content-type'] ?? '').startsWith('text/x-component') ? actionResult(await response.text()) : undefined;
  return { status, result, redirect };
}
