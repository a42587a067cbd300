/**
 * Publish → visible at archive scale (issue #14): the reviewer publishes an approved
 * release in the newsroom, in a browser, as a reviewer does; readers' requests (no session) then
 * poll the release's page, the home page and a search for the release's own reference number until
 * each shows it. Each page is requested before, so it sits in Next's page cache and must be expired
 * by the publication, not built for the first time.
 *
 * Run by archive.ts against the production server on the archive; it publishes one release of the
 * archive each time (a fresh 100,000-release archive has about forty approved ones).
 */
import { chromium } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { env, toolEnv } from '../../lib/env';
import { articlePath, toUri } from '../../lib/paths';
import type { Row } from './archive-stats';

const { db } = await import('../../db/index');

/** An approved release by someone other than the reviewer, with its reference number (scripts/bench/archive-data.ts `referenceLine`). */
function approvedRelease() {
  const row = db.get<{ id: number; locale: string; slug: string; body: string }>(
    sql`SELECT a.id AS id, a.locale AS locale, a.slug AS slug, a.search_body AS body FROM articles a JOIN users u ON u.id = a.author_id
        WHERE a.status = 'approved' AND a.search_body GLOB '*[0-9٠-٩][0-9٠-٩][0-9٠-٩][0-9٠-٩][0-9٠-٩][0-9٠-٩]*' AND u.email <> 'reviewer@example.org'
        ORDER BY a.id DESC LIMIT 1`,
  );
  const reference = row && /[0-9٠-٩]{6}/.exec(row.body)?.[0];
  if (!row || !reference) throw new Error('The archive has no approved release left to publish: build it again.');
  return { ...row, reference };
}

export async function measurePublishToVisible(origin: string): Promise<Row[]> {
  const release = approvedRelease();
  const readerUrls = {
    'its page': `${origin}${toUri(articlePath(release.locale, release.slug))}`,
    'home page': `${origin}/${release.locale}`,
    search: `${origin}/${release.locale}/search?q=${encodeURIComponent(release.reference)}`,
  };
  const shows = async (url: string) => {
    const response = await fetch(url);
    const html = await response.text();
    return response.ok && html.includes(articlePath(release.locale, release.slug));
  };
  // Into the page cache before: each reader's page must be expired by the publication.
  for (const url of Object.values(readerUrls)) await fetch(url).then((response) => response.arrayBuffer());

  const browser = await chromium.launch({ executablePath: toolEnv().CHROMIUM_PATH });
  try {
    const context = await browser.newContext({ baseURL: origin, locale: 'en' });
    const page = await context.newPage();
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    await page.request.post('/api/auth/callback/credentials', { form: { email: 'reviewer@example.org', password: env.BAYAN_DEMO_PASSWORD, csrfToken, callbackUrl: '/' }, maxRedirects: 0 });
    await page.goto(`/en/admin/articles/${release.id}`, { waitUntil: 'networkidle' });
    // The clock starts when the browser sends the publish action, not at the click: on a page
    // still hydrating, React holds the click until it can run it (about half a second here).
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await sent;
    const clicked = performance.now();
    const committed = (async () => {
      while (db.get<{ status: string }>(sql`SELECT status FROM articles WHERE id = ${release.id}`)?.status !== 'published') {
        if (performance.now() - clicked > 10_000) return null;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return performance.now() - clicked;
    })();
    await page.getByTestId('article-status').getByText('Published', { exact: true }).waitFor();
    const confirmed = performance.now() - clicked;

    const rows: Row[] = [
      { name: 'publish (action sent) → committed in the database', value: (await committed)?.toFixed(0).concat(' ms') ?? 'not within 10 s', budget: '', ok: null },
      { name: 'publish → the newsroom shows "Published"', value: `${confirmed.toFixed(0)} ms`, budget: '', ok: null },
    ];
    // One reader per page, each asking again as soon as it has its answer.
    const seen = await Promise.all(
      Object.entries(readerUrls).map(async ([name, url]) => {
        while (performance.now() - clicked < 10_000) if (await shows(url)) return { name, after: performance.now() - clicked };
        return { name, after: null };
      }),
    );
    for (const { name, after } of seen) {
      rows.push({ name: `publish → visible on ${name} (reader, no cache bypass)`, value: after === null ? 'not within 10 s' : `${after.toFixed(0)} ms`, budget: '≤ 1000 ms', ok: after !== null && after <= 1000 });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
