import type { Counts } from '@/lib/wordpress/clean-html';
import type { ImportProgress, ImportReport } from './import';

const width = 28;

/** `[#######-----] 1200/20000 posts · 310/s · 1150 new · 20 updated · 30 skipped` */
export function progressLine(progress: ImportProgress, { bar, seconds }: { bar: boolean; seconds: number }): string {
  const share = progress.total > 0 ? progress.done / progress.total : 1;
  const filled = Math.round(share * width);
  const rate = seconds > 0 ? Math.round(progress.done / seconds) : 0;
  const counts = `${progress.done}/${progress.total} posts · ${rate}/s · ${progress.created} new · ${progress.updated} updated · ${progress.skipped} skipped`;
  return bar ? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${counts}` : counts;
}

const list = (counts: Counts) => {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? 'none' : entries.map(([kind, count]) => `${kind} ${count}`).join(', ');
};

export function formatReport(report: ImportReport): string {
  const { images } = report;
  return [
    report.dryRun ? 'WordPress import — DRY RUN: nothing was written; this is what would happen.' : 'WordPress import done.',
    `Posts: ${report.done} read, ${report.created} ${report.dryRun ? 'to import' : 'imported'}, ${report.updated} ${report.dryRun ? 'to update' : 'updated'}, ${report.skipped} skipped (${list(report.skippedBecause)}).`,
    `Pages skipped: ${report.pages}. Other items skipped (menus, other types): ${report.otherItems}.`,
    `Authors: ${report.authors.created} new inactive accounts, ${report.authors.matched} matched by e-mail. Categories: ${report.categories.created} new, ${report.categories.matched} existing.`,
    `Images: ${images.imported} into the library, ${images.reused} already there, ${images.external} left outside as links, ${images.missingFile} files not found, ${images.rejected} refused.`,
    `Gutenberg blocks unwrapped: ${list(report.blocks)}.`,
    `Dynamic blocks dropped (nothing to keep): ${list(report.droppedBlocks)}.`,
    `Shortcodes removed: ${list(report.shortcodes)}.`,
    `Headings moved to the editor's levels: ${list(report.headings)}.`,
    `Elements the editor cannot hold (text kept, element dropped): ${list(report.unsupported)}.`,
    `Warnings: ${list(report.warnings)}.`,
    `Time: ${report.seconds.toFixed(1)} s, ${Math.round(report.postsPerSecond)} posts/s.`,
  ].join('\n');
}
