import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';
import { BlockDirection } from './block-direction';
import { allowedLinkProtocols, isAllowedLink } from './link-address';

/**
 * An image from the media library: `mediaId` ties the node to its library item, so public pages
 * render the current variants, alt text in the article's language, caption and credit, and the
 * library knows where each image is used.
 */
export const libraryImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      mediaId: {
        default: null,
        parseHTML: (element: HTMLElement) => Number(element.getAttribute('data-media-id')) || null,
        renderHTML: (attributes: { mediaId?: number | null }) => (attributes.mediaId ? { 'data-media-id': String(attributes.mediaId) } : {}),
      },
    };
  },
});

/** Subheadings only: the page's title is its one h1. */
export const headingLevels = [2, 3] as const;

/**
 * The one definition of what a press-release body may contain. The browser editor, the server's
 * validator and the HTML renderer all build from this list, so they cannot disagree.
 */
export const bodyExtensions = [
  StarterKit.configure({
    heading: { levels: [...headingLevels] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: [...allowedLinkProtocols],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedLink(url),
      HTMLAttributes: { rel: 'noopener noreferrer', target: null },
    },
  }),
  libraryImage.configure({ inline: false, allowBase64: false }),
  // Blocks follow the release's language unless the writer marked one (see block-direction.ts).
  BlockDirection,
];
