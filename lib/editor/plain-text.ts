import type { JSONContent } from '@tiptap/core';

export type BodyDocument = JSONContent & { type: 'doc' };

export function isBodyDocument(value: unknown): value is BodyDocument {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc';
}

/** The body's text, blocks separated by blank lines: for search indexing, summaries and diffs. */
export function bodyPlainText(body: unknown): string {
  if (!isBodyDocument(body)) return '';
  const blocks: string[] = [];
  const collect = (node: JSONContent): string =>
    node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(collect).join('');
  const walk = (node: JSONContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') blocks.push(collect(node));
    else (node.content ?? []).forEach(walk);
  };
  walk(body);
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
