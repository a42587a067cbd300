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
  /** The lowest and highest performance score of the runs. */
  performanceRange: [number, number];
}

type LighthouseRun = Omit<LighthouseRow, 'performanceRange'>;

/**
 * Each page is audited this many times and the median run (by performance score) is reported, with
 * the range: on a shared 2-core machine one run's TBT moves by hundreds of milliseconds.
 */
const runsPerPage = 3;

/** Debian's Chromium, started by Playwright (as the e2e tests do), opened to Lighthouse on a debugging port. */
export async function runLighthouse(pages: { name: string; url: string }[], debuggingPort: number): Promise<LighthouseRow[]> {
  const browser = await chromium.launch({
    executablePath: toolEnv().CHROMIUM_PATH,
    args: [`--remote-debugging-port=${debuggingPort}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      const runs: LighthouseRun[] = [];
      for (let run = 0; run < runsPerPage; run += 1) runs.push(await audit(page, debuggingPort));
      runs.sort((a, b) => a.performance - b.performance);
      rows.push({ ...runs[Math.floor(runs.length / 2)]!, performanceRange: [runs[0]!.performance, runs.at(-1)!.performance] });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function audit(page: { name: string; url: string }, debuggingPort: number): Promise<LighthouseRun> {
  const result = await lighthouse(page.url, { port: debuggingPort, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    page: page.name,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

export function printLighthouse(rows: LighthouseRow[]): void {
  console.log(`\nLighthouse 12 mobile, through the nginx front cache (gzip), median of ${runsPerPage} runs (performance range in brackets):`);
  console.log('page      perf           a11y  best  seo    FCP ms   LCP ms   TBT ms   CLS');
  for (const row of rows) {
    console.log(
      `${row.page.padEnd(9)} ${String(row.performance).padStart(4)} ${`[${row.performanceRange.join('–')}]`.padEnd(9)} ${String(row.accessibility).padStart(5)} ${String(row.bestPractices).padStart(5)} ${String(row.seo).padStart(4)} ${row.fcp.toFixed(0).padStart(9)} ${row.lcp.toFixed(0).padStart(8)} ${row.tbt.toFixed(0).padStart(8)} ${row.cls.toFixed(3).padStart(6)}`,
    );
  }
}
