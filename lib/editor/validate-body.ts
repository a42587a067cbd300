import { getSchema, type JSONContent } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { normalizeBody } from './block-direction';
import { bodyExtensions, headingLevels } from './body-extensions';
import { isLibraryImage } from '../media/usage';
import { isAllowedLink } from './link-address';

export type BodyProblem = 'not_a_document' | 'too_deep' | 'too_long' | 'schema' | 'link' | 'image';

/**
 * The longest body a release may have, in characters of text (a long report is ~60,000), and how
 * deep blocks may nest (the editor's deepest honest structure, a list in a list in a quotation, is
 * ~10 levels). Depth is checked before the schema builds anything: each level costs a stack frame.
 */
export const bodyLimits = { maxTextLength: 200_000, maxDepth: 24 } as const;

/** Depth of the JSON's `content` tree, walked without recursion; stops counting past `limit`. */
function nestingExceeds(raw: object, limit: number): boolean {
  const stack: [unknown, number][] = [[raw, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const content = typeof node === 'object' && node !== null ? (node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return false;
}

export type BodyValidation = { ok: true; body: JSONContent } | { ok: false; problem: BodyProblem };

// Built once: the schema is the same for every request.
const schema = getSchema(bodyExtensions);

/**
 * The server's check of an editor document: it must fit the same schema the editor uses (unknown
 * nodes, marks or misplaced children are refused), every link must be one the link field accepts
 * (link-address.ts), the text must stay within `bodyLimits`, and every image must be an item of
 * the media library (`inLibrary` says which ids exist) shown from this site's /media/ files. Returns the normalized JSON, which is what gets
 * stored: no direction but the writer's, no empty paragraph at the end (normalizeBody).
 */
export function validateBody(raw: unknown, { inLibrary }: { inLibrary: (mediaId: number) => boolean }): BodyValidation {
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'doc') {
    return { ok: false, problem: 'not_a_document' };
  }
  if (nestingExceeds(raw, bodyLimits.maxDepth)) return { ok: false, problem: 'too_deep' };
  let doc: Node;
  try {
    // Through the schema, not Node.fromJSON: a bundler may load two copies of prosemirror-model,
    // and nodes must come from the copy the schema was built with.
    doc = schema.nodeFromJSON(raw);
    doc.check();
  } catch {
    return { ok: false, problem: 'schema' };
  }
  if (doc.textContent.length > bodyLimits.maxTextLength) return { ok: false, problem: 'too_long' };
  let problem: BodyProblem | null = null;
  doc.descendants((node) => {
    if (problem) return false;
    if (node.type.name === 'image' && !(isLibraryImage(node.attrs) && inLibrary(Number(node.attrs.mediaId)))) problem = 'image';
    // The schema keeps any level a document names; the editor offers only these.
    if (node.type.name === 'heading' && !headingLevels.includes(node.attrs.level as never)) problem = 'schema';
    for (const mark of node.marks) {
      if (mark.type.name === 'link' && !isAllowedLink(String(mark.attrs.href ?? ''))) problem = 'link';
    }
    return true;
  });
  if (problem) return { ok: false, problem };
  return { ok: true, body: normalizeBody(doc.toJSON() as JSONContent) };
}

/** An empty document, as the editor starts it. */
export const emptyBody: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };
