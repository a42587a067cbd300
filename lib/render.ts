import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { normalizeBody } from './editor/block-direction';
import { bodyExtensions } from './editor/body-extensions';
import { type BodyDocument, isBodyDocument } from './editor/plain-text';
import { type PublicImage, responsiveFigureHtml } from './media/public-image';
import { withoutOutsideImages } from './media/usage';

export type { BodyDocument } from './editor/plain-text';
export { bodyPlainText, isBodyDocument } from './editor/plain-text';

export interface BodyImageOptions {
  /** Library images of the body, with texts in the article's language (see db/queries/media.ts). */
  images: ReadonlyMap<number, PublicImage>;
  /** The credit line in the article's language, e.g. "Photo: {credit}". */
  creditText: (credit: string) => string;
}

// Built once. Given editor JSON, the static renderer builds the schema again for every body; given a
// ProseMirror node it takes it as is, which halves the cost of a body (a feed renders thirty).
let bodySchema: Schema | undefined;

/**
 * Editor JSON → HTML, on the server, with the same extensions the editor uses. Text is escaped
 * and link schemes filtered by the extensions themselves, so the output is safe to inline.
 * Images from outside the library never render (a body stored before they were refused may hold
 * one): an <img> from another site tells it who reads the text, and when. With `media`, library
 * images become responsive figures (srcset, size, alt, caption, credit); one that is no longer a
 * library item is left out rather than shown broken.
 */
export function renderBodyHtml(body: unknown, media?: BodyImageOptions): string {
  if (!isBodyDocument(body)) return '';
  // Bodies stored before the migration render as they will once cleaned: no `dir="auto"`, no empty last paragraph.
  const content = (bodySchema ??= getSchema(bodyExtensions)).nodeFromJSON(withoutOutsideImages(normalizeBody(body)).body);
  if (!media) return renderToHTMLString({ extensions: bodyExtensions, content });
  return renderToHTMLString({
    extensions: bodyExtensions,
    content,
    options: {
      nodeMapping: {
        image: ({ node }) => {
          const mediaId = Number(node.attrs.mediaId);
          const image = media.images.get(mediaId);
          return image ? responsiveFigureHtml(image, media.creditText) : '';
        },
      },
    },
  });
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
