import { describe, expect, it } from 'vitest';
import { bodyImages, isLibraryImage, type MediaAltFacts, mediaIdsOfArticle, missingAltTexts, withoutOutsideImages } from './usage';

const body = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'نص' }] },
    { type: 'image', attrs: { mediaId: 2, src: '/media/x/960.webp', alt: '' } },
    { type: 'blockquote', content: [{ type: 'image', attrs: { mediaId: '3', src: '/media/y/960.webp' } }] },
    { type: 'image', attrs: { mediaId: 2, src: '/media/x/960.webp' } },
  ],
};

const library = new Map<number, MediaAltFacts>([
  [1, { id: 1, alt: { ar: 'وفد المنظمة', en: 'The delegation' }, credit: '' }],
  [2, { id: 2, alt: { ar: '', en: 'Conference hall' }, credit: '' }],
  [3, { id: 3, alt: { ar: 'قاعة المؤتمر', en: '  ' }, credit: '' }],
  [4, { id: 4, alt: {}, credit: 'Photo desk / Rabat' }],
]);

describe('article images', () => {
  it('finds image nodes at any depth, with their library id', () => {
    expect(bodyImages(body).map((image) => image.mediaId)).toEqual([2, 3, 2]);
    expect(bodyImages('not a body')).toEqual([]);
  });

  it('lists the featured image and body images once each', () => {
    expect(mediaIdsOfArticle(body, 1)).toEqual([1, 2, 3]);
    expect(mediaIdsOfArticle(body, 2)).toEqual([2, 3]);
    expect(mediaIdsOfArticle({ type: 'doc', content: [] }, null)).toEqual([]);
  });
});

describe('missingAltTexts', () => {
  it('names each image lacking alt text in the article language, once', () => {
    expect(missingAltTexts(body, 1, 'ar', library)).toEqual([{ mediaId: 2, featured: false, name: 'Conference hall' }]);
    expect(missingAltTexts(body, 1, 'en', library)).toEqual([{ mediaId: 3, featured: false, name: 'قاعة المؤتمر' }]);
  });

  it('checks the featured image too', () => {
    expect(missingAltTexts({ type: 'doc', content: [] }, 1, 'fr', library)).toEqual([{ mediaId: 1, featured: true, name: 'وفد المنظمة' }]);
  });

  it('counts a deleted library item as missing and names it by number', () => {
    expect(missingAltTexts({ type: 'doc', content: [] }, 9, 'ar', library)).toEqual([{ mediaId: 9, featured: true, name: '#9' }]);
  });

  it('names an image with no alt text anywhere by its library credit', () => {
    expect(missingAltTexts({ type: 'doc', content: [] }, 4, 'ar', library)).toEqual([{ mediaId: 4, featured: true, name: 'Photo desk / Rabat' }]);
  });

  it('never names an image from outside the library by its address', () => {
    const outside = { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://example.org/a.jpg', alt: ' ' } }] };
    expect(missingAltTexts(outside, null, 'ar', library)).toEqual([{ mediaId: null, featured: false, name: null }]);
  });

  it('is empty when every image is described', () => {
    expect(missingAltTexts({ type: 'doc', content: [{ type: 'image', attrs: { mediaId: 1 } }] }, 1, 'ar', library)).toEqual([]);
  });
});

const hash = 'a'.repeat(64);
const library960 = { mediaId: 2, src: `/media/${hash}/960.webp` };

describe('isLibraryImage', () => {
  it('takes a library item shown from this site’s media files', () => {
    expect(isLibraryImage(library960)).toBe(true);
    expect(isLibraryImage({ mediaId: '2', src: `/media/${hash}/original.jpg` })).toBe(true);
  });

  it.each([
    ['another site', { mediaId: 2, src: 'http://127.0.0.1:9/pixel.gif' }],
    ['a protocol-relative address', { mediaId: 2, src: `//evil.example/media/${hash}/960.webp` }],
    ['an absolute address to a media path', { mediaId: 2, src: `https://evil.example/media/${hash}/960.webp` }],
    ['a path that climbs out of /media/', { mediaId: 2, src: `/media/${hash}/../../api/x` }],
    ['a page of the site', { mediaId: 2, src: '/ar/admin' }],
    ['no library id', { src: `/media/${hash}/960.webp` }],
    ['a library id that is no id', { mediaId: 0, src: `/media/${hash}/960.webp` }],
    ['a data: image', { mediaId: 2, src: 'data:image/gif;base64,R0lGOD' }],
  ])('refuses %s', (_label, attrs) => {
    expect(isLibraryImage(attrs)).toBe(false);
  });
});

describe('withoutOutsideImages', () => {
  const pixel = { type: 'image', attrs: { src: 'http://127.0.0.1:9/pixel.gif' } };
  const mine = { type: 'image', attrs: library960 };

  it('leaves out images from elsewhere and keeps library ones', () => {
    const result = withoutOutsideImages({ type: 'doc', content: [{ type: 'paragraph' }, pixel, mine] });
    expect(result).toEqual({ body: { type: 'doc', content: [{ type: 'paragraph' }, mine] }, removed: 1 });
  });

  it('drops a container left empty, and keeps the document editable', () => {
    expect(withoutOutsideImages({ type: 'doc', content: [{ type: 'blockquote', content: [pixel] }] })).toEqual({ body: { type: 'doc', content: [{ type: 'paragraph' }] }, removed: 1 });
  });
});
