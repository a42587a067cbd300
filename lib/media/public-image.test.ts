import { describe, expect, it } from 'vitest';
import { type PublicImage, responsiveFigureHtml, responsiveImageAttributes } from './public-image';

const hash = 'b'.repeat(64);
const image: PublicImage = {
  id: 4,
  contentHash: hash,
  width: 1200,
  height: 800,
  variantWidths: [480, 960, 1200],
  placeholder: '#123456',
  alt: 'وفد "المنظمة" <في> الرباط',
  caption: 'افتتاح الدورة',
  credit: 'وكالة الأنباء',
};

describe('responsive image attributes', () => {
  it('offers every stored width in WebP, and AVIF as the preferred source', () => {
    const attributes = responsiveImageAttributes(image);
    expect(attributes.srcSet).toBe(`/media/${hash}/480.webp 480w, /media/${hash}/960.webp 960w, /media/${hash}/1200.webp 1200w`);
    expect(attributes.sources).toEqual([{ type: 'image/avif', srcSet: `/media/${hash}/480.avif 480w, /media/${hash}/960.avif 960w, /media/${hash}/1200.avif 1200w` }]);
    expect(attributes.src).toBe(`/media/${hash}/1200.webp`);
    expect([attributes.width, attributes.height]).toEqual([1200, 800]);
  });

  it('loads the lead image eagerly with high priority, others lazily', () => {
    expect(responsiveImageAttributes(image, { priority: true })).toMatchObject({ loading: 'eager', fetchPriority: 'high' });
    expect(responsiveImageAttributes(image)).toMatchObject({ loading: 'lazy', fetchPriority: 'auto' });
  });
});

describe('figure HTML for article bodies', () => {
  it('escapes the texts and carries caption and credit', () => {
    const html = responsiveFigureHtml(image, (credit) => `تصوير: ${credit}`);
    expect(html).toContain('alt="وفد &quot;المنظمة&quot; &lt;في&gt; الرباط"');
    expect(html).toContain('width="1200" height="800"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('<figcaption><span>افتتاح الدورة</span><small class="media-credit">تصوير: وكالة الأنباء</small></figcaption>');
  });

  it('leaves out an empty caption block', () => {
    expect(responsiveFigureHtml({ ...image, caption: '', credit: '' }, (c) => c)).not.toContain('figcaption');
  });
});
