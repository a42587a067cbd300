import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { bodyExtensions } from './editor/body-extensions';
import { type BodyDocument, isBodyDocument } from './editor/plain-text';

export type { BodyDocument } from './editor/plain-text';
export { bodyPlainText, isBodyDocument } from './editor/plain-text';

/**
 * Editor JSON → HTML, on the server, with the same extensions the editor uses. Text is escaped
 * and link schemes filtered by the extensions themselves, so the output is safe to inline.
 */
export function renderBodyHtml(body: unknown): string {
  if (!isBodyDocument(body)) return '';
  return renderToHTMLString({ extensions: bodyExtensions, content: body });
}

/** Builds a body from plain paragraphs ("## " starts a subheading); used by the seed and imports. */
export function bodyFromParagraphs(paragraphs: readonly string[]): BodyDocument {
  return {
    type: 'doc',
    content: paragraphs.map((paragraph) => {
      const heading = /^##\s+(.*)$/s.exec(paragraph);
      return heading
        ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: heading[1] }] }
        : { type: 'paragraph', content: [{ type: 'text', text: paragraph }] };
    }),
  };
}
