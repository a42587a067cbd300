import { describe, expect, it } from 'vitest';
import { bodyImages, type MediaAltFacts, mediaIdsOfArticle, missingAltTexts } from './usage';

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
  [1, { id: 1, alt: { ar: 'وفد المنظمة', en: 'The delegation' } }],
  [2, { id: 2, alt: { ar: '', en: 'Conference hall' } }],
  [3, { id: 3, alt: { ar: 'قاعة المؤتمر', en: '  ' } }],
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

  it('requires an alt attribute on an image from outside the library', () => {
    const outside = { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://example.org/a.jpg', alt: ' ' } }] };
    expect(missingAltTexts(outside, null, 'ar', library)).toEqual([{ mediaId: null, featured: false, name: 'https://example.org/a.jpg' }]);
  });

  it('is empty when every image is described', () => {
    expect(missingAltTexts({ type: 'doc', content: [{ type: 'image', attrs: { mediaId: 1 } }] }, 1, 'ar', library)).toEqual([]);
  });
});
