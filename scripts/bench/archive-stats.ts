/** Timings and the one table the archive benchmark prints (scripts/bench/archive.ts). */

export interface Timing {
  n: number;
  p50: number;
  p95: number;
}

/** Median and 95th percentile (nearest rank) of the samples, in their unit. */
export function percentiles(samples: readonly number[]): Timing {
  if (samples.length === 0) return { n: 0, p50: Number.NaN, p95: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
  return { n: sorted.length, p50: rank(0.5), p95: rank(0.95) };
}

/** Runs `task` `warmup` times unmeasured, then `runs` times, and returns its timing in ms. */
export async function timeTask(task: () => unknown, runs: number, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

export interface Row {
  /** What was measured. */
  name: string;
  /** The figure as printed: "p50 / p95 ms", a rate, a size. */
  value: string;
  /** The budget as printed, or '' when the row is reported only. */
  budget: string;
  /** Whether the budget is met; null when the row has none. */
  ok: boolean | null;
  note?: string;
}

/** A timing row against a p95 budget (ms). */
export function timingRow(name: string, timing: Timing, budgetMs: number | null, note?: string): Row {
  const value = `${timing.p50.toFixed(1)} / ${timing.p95.toFixed(1)} ms (n=${timing.n})`;
  return { name, value, budget: budgetMs === null ? '' : `p95 ≤ ${budgetMs} ms`, ok: budgetMs === null ? null : timing.p95 <= budgetMs, note };
}

/** The rows as a Markdown table (it goes into the closing note as printed). */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [row.name, row.value, row.budget, row.ok === null ? '' : row.ok ? 'ok' : 'OVER', row.note ?? '']);
  const header = ['measure', 'p50 / p95 or value', 'budget', '', 'note'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => `| ${cell.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
