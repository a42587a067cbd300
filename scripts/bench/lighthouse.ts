/**
 * Lighthouse 12 (mobile, its default throttling) on public pages, through the nginx front cache so
 * pages arrive compressed as in production. Prints the four category scores and the timings the
 * budgets name (issue #13).
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { toolEnv } from '../../lib/env';

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
}

/** Debian's Chromium, started by Playwright (as the e2e tests do), opened to Lighthouse on a debugging port. */
export async function runLighthouse(pages: { name: string; url: string }[], debuggingPort: number): Promise<LighthouseRow[]> {
  const browser = await chromium.launch({
    executablePath: toolEnv().CHROMIUM_PATH,
    args: [`--remote-debugging-port=${debuggingPort}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(page.url, { port: debuggingPort, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      rows.push({
        page: page.name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

export function printLighthouse(rows: LighthouseRow[]): void {
  console.log('\nLighthouse 12 mobile, through the nginx front cache (gzip):');
  console.log('page      perf  a11y  best  seo    FCP ms   LCP ms   TBT ms   CLS');
  for (const row of rows) {
    console.log(
      `${row.page.padEnd(9)} ${String(row.performance).padStart(4)} ${String(row.accessibility).padStart(5)} ${String(row.bestPractices).padStart(5)} ${String(row.seo).padStart(4)} ${row.fcp.toFixed(0).padStart(9)} ${row.lcp.toFixed(0).padStart(8)} ${row.tbt.toFixed(0).padStart(8)} ${row.cls.toFixed(3).padStart(6)}`,
    );
  }
}
