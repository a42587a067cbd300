import { getSchema, type JSONContent } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { normalizeBody } from './block-direction';
import { bodyExtensions } from './body-extensions';
import { isLibraryImage } from '../media/usage';
import { isAllowedLink } from './link-address';

export type BodyProblem = 'not_a_document' | 'schema' | 'link' | 'image';

export type BodyValidation = { ok: true; body: JSONContent } | { ok: false; problem: BodyProblem };

// Built once: the schema is the same for every request.
const schema = getSchema(bodyExtensions);

/**
 * The server's check of an editor document: it must fit the same schema the editor uses (unknown
 * nodes, marks or misplaced children are refused), every link must be one the link field accepts
 * (link-address.ts), and every image an item of the media library (`inLibrary` says which ids
 * exist) shown from this site's /media/ files. Returns the normalized JSON, which is what gets
 * stored: no direction but the writer's, no empty paragraph at the end (normalizeBody).
 */
export function validateBody(raw: unknown, { inLibrary }: { inLibrary: (mediaId: number) => boolean }): BodyValidation {
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
    if (node.type.name === 'image' && !(isLibraryImage(node.attrs) && inLibrary(Number(node.attrs.mediaId)))) problem = 'image';
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
