import { getSchema, type JSONContent } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { normalizeBody } from './block-direction';
import { bodyExtensions } from './body-extensions';
import { isAllowedLink } from './link-address';

export type BodyProblem = 'not_a_document' | 'schema' | 'link' | 'image';

export type BodyValidation = { ok: true; body: JSONContent } | { ok: false; problem: BodyProblem };

// Built once: the schema is the same for every request.
const schema = getSchema(bodyExtensions);

/** Images come from the media library (same-origin paths) or an http(s) address; never data: or javascript:. */
function isAllowedImageSource(src: unknown): boolean {
  if (typeof src !== 'string') return false;
  const trimmed = src.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return true;
  return /^https?:\/\//i.test(trimmed);
}

/**
 * The server's check of an editor document: it must fit the same schema the editor uses (unknown
 * nodes, marks or misplaced children are refused) and every link must use an allowed scheme
 * (http, https, mailto; see allowedLinkProtocols). Returns the normalized JSON, which is what gets stored:
 * no direction but the writer's, no empty paragraph at the end (normalizeBody).
 */
export function validateBody(raw: unknown): BodyValidation {
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'doc') {
    return { ok: false, problem: 'not_a_document' };
  }
  let doc: Node;
  try {
    // Through the schema, not Node.fromJSON: a bundler may load two copies of prosemirror-model,
    // and nodes must come from the copy the schema was built with.
    doc = schema.nodeFromJSON(raw);
    doc.check();
  } catch {
    return { ok: false, problem: 'schema' };
  }
  let problem: BodyProblem | null = null;
  doc.descendants((node) => {
    if (problem) return false;
    if (node.type.name === 'image' && !isAllowedImageSource(node.attrs.src)) problem = 'image';
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
