import { diffArrays } from 'diff';
import type { Direction } from '@/i18n/config';
import { type ReleaseText, releaseTextBlocks, type TextBlock } from './editor/plain-text';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Words, runs of spaces and single punctuation marks, by Unicode class rather than Latin-only word
 * characters, so Arabic words (with their marks), Latin names and digits are each one token and
 * a changed "؟" or "،" shows as itself.
 */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu) ?? [];
}

/** A word-level diff of two texts, adjacent parts of one kind merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(tokenize(before), tokenize(after))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const text = change.value.join('');
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else if (text !== '') parts.push({ kind, text });
  }
  return parts;
}

/** Whether a diff contains any change at all. */
export function hasChanges(blocks: readonly DiffBlock[]): boolean {
  return blocks.some((block) => block.parts.some((part) => part.kind !== 'same'));
}

/** A paragraph of a diff, in the direction of the block it comes from (null: the release's). */
export interface DiffBlock {
  dir: Direction | null;
  parts: DiffPart[];
}

// Between blocks while diffing: a paragraph separator, which typed text does not contain, so
// each block of the result can be traced back to the block (and direction) it comes from.
const blockSeparator = '\u2029';

/**
 * A word diff of two texts made of blocks (title, summary, paragraphs), returned block by block:
 * a block the writer marked left to right inside an Arabic release shows left to right in the
 * diff too. A block with anything kept or added takes the newer version's direction; a block
 * only removed, the older one's.
 */
export function blockDiff(before: readonly TextBlock[], after: readonly TextBlock[]): DiffBlock[] {
  const parts = wordDiff(before.map((block) => block.text).join(blockSeparator), after.map((block) => block.text).join(blockSeparator));
  // Each block of the result remembers which block it starts in, before and after.
  const open = (from: number, to: number) => ({ parts: [] as DiffPart[], from, to, inAfter: false });
  let current = open(0, 0);
  const blocks = [current];
  for (const part of parts) {
    part.text.split(blockSeparator).forEach((piece, index) => {
      if (index > 0) {
        current = open(current.from + (part.kind === 'added' ? 0 : 1), current.to + (part.kind === 'removed' ? 0 : 1));
        blocks.push(current);
      }
      if (piece === '') return;
      const last = current.parts.at(-1);
      if (last && last.kind === part.kind) last.text += piece;
      else current.parts.push({ kind: part.kind, text: piece });
      if (part.kind !== 'removed') current.inAfter = true;
    });
  }
  return blocks
    .filter((block) => block.parts.some((part) => part.text.trim() !== ''))
    .map((block) => ({ dir: (block.inAfter ? after[block.to]?.dir : before[block.from]?.dir) ?? null, parts: block.parts }));
}

/**
 * What changed between two versions of a release, title, summary and body alike: the one diff the
 * history page, a translation's "source changed" notice and the editor's conflict panel show, so
 * the same change reads the same on each.
 */
export function releaseDiff(before: ReleaseText, after: ReleaseText): DiffBlock[] {
  return blockDiff(releaseTextBlocks(before), releaseTextBlocks(after));
}
