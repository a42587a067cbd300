import { describe, expect, it } from 'vitest';
import { validateBody } from './validate-body';
import { normalizeBody } from './block-direction';

// Library item 2 exists; any other id was never uploaded or has been deleted.
const validate = (raw: unknown) => validateBody(raw, { inLibrary: (mediaId) => mediaId === 2 });
const paragraph = (text: string, marks?: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });

describe('validateBody', () => {
  it('accepts the nodes the editor offers and normalizes them', () => {
    const result = validate({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'عنوان' }] },
        paragraph('أعلنت UNA عام 2025 عن خطة جديدة؟', [{ type: 'bold' }]),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('أولاً')] }] },
        { type: 'blockquote', content: [paragraph('"We agree," he said.')] },
        paragraph('site', [{ type: 'link', attrs: { href: 'https://example.org' } }]),
        paragraph('mail', [{ type: 'link', attrs: { href: 'mailto:press@example.org' } }]),
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.body.content?.[1]?.content?.[0]?.text).toBe('أعلنت UNA عام 2025 عن خطة جديدة؟');
  });

  it('rejects what is not a document', () => {
    expect(validate(null)).toEqual({ ok: false, problem: 'not_a_document' });
    expect(validate('<p>x</p>')).toEqual({ ok: false, problem: 'not_a_document' });
  });

  it('rejects unknown nodes, unknown marks and misplaced children', () => {
    expect(validate({ type: 'doc', content: [{ type: 'iframe' }] })).toEqual({ ok: false, problem: 'schema' });
    expect(validate({ type: 'doc', content: [paragraph('x', [{ type: 'strike' }])] })).toEqual({ ok: false, problem: 'schema' });
    expect(validate({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'paragraph' }] }] })).toEqual({
      ok: false,
      problem: 'schema',
    });
    expect(validate({ type: 'doc', content: [{ type: 'text', text: 'bare text in doc' }] })).toEqual({ ok: false, problem: 'schema' });
  });

  it('rejects javascript: and data: links, and unsafe image sources', () => {
    expect(validate({ type: 'doc', content: [paragraph('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] })).toEqual({
      ok: false,
      problem: 'link',
    });
    expect(validate({ type: 'doc', content: [paragraph('x', [{ type: 'link', attrs: { href: ' JavaScript:alert(1)' } }])] })).toEqual({
      ok: false,
      problem: 'link',
    });
    expect(validate({ type: 'doc', content: [paragraph('x', [{ type: 'link', attrs: { href: 'data:text/html,x' } }])] })).toEqual({
      ok: false,
      problem: 'link',
    });
    expect(validate({ type: 'doc', content: [{ type: 'image', attrs: { src: 'javascript:x' } }] })).toEqual({ ok: false, problem: 'image' });
  });
});

describe('validateBody: images come from the media library only', () => {
  const hash = 'b'.repeat(64);
  const image = (attrs: Record<string, unknown>) => ({ type: 'doc', content: [{ type: 'image', attrs }] });

  it('accepts an existing library item shown from /media/', () => {
    expect(validate(image({ mediaId: 2, src: `/media/${hash}/1600.webp`, alt: '' })).ok).toBe(true);
  });

  it.each([
    ['an image from another site (a tracking pixel)', { src: 'http://127.0.0.1:9/pixel.gif' }],
    ['another site’s image carrying a library id', { mediaId: 2, src: 'https://evil.example/pixel.gif' }],
    ['a library address with no library id', { src: `/media/${hash}/1600.webp` }],
    ['a library id that does not exist (deleted)', { mediaId: 7, src: `/media/${hash}/1600.webp` }],
    ['a site path outside /media/', { mediaId: 2, src: '/api/health' }],
  ])('refuses %s', (_label, attrs) => {
    expect(validate(image(attrs))).toEqual({ ok: false, problem: 'image' });
  });
});

describe('validateBody stores the normalized body', () => {
  it('keeps the directions a writer set and nothing else: no auto, no null', () => {
    const result = validate({
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text: 'نص' }] },
        { type: 'heading', attrs: { level: 2, dir: 'auto' }, content: [{ type: 'text', text: 'UNESCO تعلن' }] },
        { type: 'blockquote', attrs: { dir: 'ltr' }, content: [paragraph('"Yes," he said.')] },
        { type: 'paragraph' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'نص' }] },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'UNESCO تعلن' }] },
          { type: 'blockquote', attrs: { dir: 'ltr' }, content: [paragraph('"Yes," he said.')] },
        ],
      },
    });
  });

  it('keeps an empty document as the editor starts it', () => {
    expect(validate({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual({ ok: true, body: { type: 'doc', content: [{ type: 'paragraph' }] } });
  });
});

describe('normalizeBody', () => {
  it('gives the same string for the same body whatever the order of its keys', () => {
    const a = { type: 'doc', content: [{ content: [{ text: 'x', type: 'text', marks: [{ type: 'bold' }] }], attrs: { dir: null }, type: 'paragraph' }] };
    const b = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'bold' }], text: 'x' }] }] };
    expect(JSON.stringify(normalizeBody(a))).toBe(JSON.stringify(normalizeBody(b)));
  });
});
