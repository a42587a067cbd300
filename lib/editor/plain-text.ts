import type { JSONContent } from '@tiptap/core';
import type { Direction } from '@/i18n/config';

export type BodyDocument = JSONContent & { type: 'doc' };

export function isBodyDocument(value: unknown): value is BodyDocument {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc';
}

/** One paragraph or heading of text, with the direction the writer set on it or around it (null: the release's). */
export interface TextBlock {
  text: string;
  dir: Direction | null;
}

/** The body's paragraphs and headings, in order, empty ones left out: for diffs that show each in its direction. */
export function bodyTextBlocks(body: unknown): TextBlock[] {
  if (!isBodyDocument(body)) return [];
  const blocks: TextBlock[] = [];
  const collect = (node: JSONContent): string =>
    node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(collect).join('');
  const walk = (node: JSONContent, inherited: Direction | null) => {
    const own: unknown = node.attrs?.dir;
    const dir = own === 'rtl' || own === 'ltr' ? own : inherited;
    if (node.type === 'paragraph' || node.type === 'heading') blocks.push({ text: collect(node), dir });
    else (node.content ?? []).forEach((child) => walk(child, dir));
  };
  walk(body, null);
  return blocks.filter((block) => block.text.trim() !== '');
}

/** What a diff of a release compares, on every screen that shows one (`releaseDiff` in lib/text-diff.ts). */
export interface ReleaseText {
  title: string;
  summary: string;
  body: unknown;
}

/** A release's text as blocks for a diff: title, summary (when there is one), body. */
export function releaseTextBlocks({ title, summary, body }: ReleaseText): TextBlock[] {
  // Title and summary are in the release's direction: they carry none of their own.
  return [{ text: title, dir: null }, { text: summary, dir: null }, ...bodyTextBlocks(body)].filter((block) => block.text.trim() !== '');
}

/** The body's text, blocks separated by blank lines: for search indexing, summaries and diffs. */
export function bodyPlainText(body: unknown): string {
  return bodyTextBlocks(body)
    .map((block) => block.text)
    .join('\n\n');
}
