import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '../render';
import type { PublicImage } from './public-image';

const hash = 'c'.repeat(64);
const photo: PublicImage = { id: 5, contentHash: hash, width: 960, height: 640, variantWidths: [480, 960], placeholder: '#abcdef', alt: 'وفد المنظمة', caption: '', credit: 'يونا' };
const body = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'قبل' }] },
    { type: 'image', attrs: { mediaId: 5, src: `/media/${hash}/1600.webp`, alt: 'old alt' } },
    { type: 'image', attrs: { mediaId: 6, src: `/media/${'d'.repeat(64)}/960.webp`, alt: 'gone' } },
  ],
};

describe('article body images', () => {
  it('renders library images as responsive figures with the current alt text and credit', () => {
    const html = renderBodyHtml(body, { images: new Map([[5, photo]]), creditText: (credit) => `تصوير: ${credit}` });
    expect(html).toContain(`srcset="/media/${hash}/480.webp 480w, /media/${hash}/960.webp 960w"`);
    expect(html).toContain('alt="وفد المنظمة"');
    expect(html).toContain('تصوير: يونا');
    expect(html).not.toContain('old alt');
    // An image whose library item was deleted is left out, not shown broken.
    expect(html).not.toContain('gone');
  });

  it('keeps the editor attribute that ties a node to its library item', () => {
    expect(renderBodyHtml(body)).toContain('data-media-id="5"');
  });

  it('never emits an image from another site, with library data or without (the translation pane, the feed)', () => {
    const outside = { type: 'doc', content: [...body.content, { type: 'image', attrs: { src: 'http://127.0.0.1:9/pixel.gif', alt: 'pixel' } }] };
    expect(renderBodyHtml(outside, { images: new Map([[5, photo]]), creditText: (credit) => credit })).not.toContain('127.0.0.1');
    const plain = renderBodyHtml(outside);
    expect(plain).not.toContain('127.0.0.1');
    expect(plain).toContain(`/media/${hash}/1600.webp`);
  });
});
