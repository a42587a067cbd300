import { describe, expect, it } from 'vitest';
import { bodyTextBlocks } from './editor/plain-text';
import { bodyPlainText, renderBodyHtml } from './render';

describe('renderBodyHtml', () => {
  it('keeps mixed Arabic/Latin text in order, the question mark at the end, with no direction of its own', () => {
    const sentence = 'أعلنت وكالة UNA في عام 2025 عن برنامج جديد، فهل يتحقق الهدف؟';
    const html = renderBodyHtml({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence }] }] });
    expect(html).toBe(`<p>${sentence}</p>`);
  });

  it('escapes text and drops disallowed links', () => {
    const html = renderBodyHtml({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>x</script>' }] }],
    });
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders nothing for what is not a document', () => {
    expect(renderBodyHtml('<p>raw</p>')).toBe('');
  });
});

describe('bodyTextBlocks', () => {
  it('gives each paragraph the direction set on it or on the list or quotation around it', () => {
    expect(
      bodyTextBlocks({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'قال:' }] },
          { type: 'blockquote', attrs: { dir: 'ltr' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Yes.' }] }] },
          { type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'UNESCO تعلن' }] },
          { type: 'paragraph' },
        ],
      }),
    ).toEqual([
      { text: 'قال:', dir: null },
      { text: 'Yes.', dir: 'ltr' },
      { text: 'UNESCO تعلن', dir: null },
    ]);
  });
});

describe('bodyPlainText', () => {
  it('joins blocks with blank lines', () => {
    expect(
      bodyPlainText({
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'عنوان' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بند' }] }] }] },
        ],
      }),
    ).toBe('عنوان\n\nبند');
  });
});

describe('renderBodyHtml: block direction', () => {
  const text = (value: string) => ({ type: 'text', text: value });
  const paragraph = (value: string, attrs?: Record<string, unknown>) => ({ type: 'paragraph', ...(attrs ? { attrs } : {}), content: [text(value)] });
  const list = (type: 'bulletList' | 'orderedList', items: string[], attrs?: Record<string, unknown>) => ({
    type,
    ...(attrs ? { attrs } : {}),
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  });

  it("gives blocks no direction: they inherit the release's from the body container", () => {
    const html = renderBodyHtml({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('UNESCO تعلن برنامجاً')] },
        paragraph('OIC تدعو إلى الحوار.'),
        list('bulletList', ['البند الأول', 'WHO والشركاء']),
        list('orderedList', ['أولاً', 'ثانياً']),
        { type: 'blockquote', content: [paragraph('قال الأمين العام: «نعم».')] },
      ],
    });
    expect(html).not.toContain('dir=');
    expect(html).toBe(
      '<h2>UNESCO تعلن برنامجاً</h2><p>OIC تدعو إلى الحوار.</p>' +
        '<ul><li><p>البند الأول</p></li><li><p>WHO والشركاء</p></li></ul>' +
        '<ol><li><p>أولاً</p></li><li><p>ثانياً</p></li></ol>' +
        '<blockquote><p>قال الأمين العام: «نعم».</p></blockquote>',
    );
  });

  it('ignores the dir="auto" older bodies carry on every node, so they render right without a new save', () => {
    const auto = { dir: 'auto' };
    const html = renderBodyHtml({
      type: 'doc',
      attrs: auto,
      content: [paragraph('UNESCO تعلن', auto), { type: 'bulletList', attrs: auto, content: [{ type: 'listItem', attrs: auto, content: [paragraph('بند', auto)] }] }],
    });
    expect(html).toBe('<p>UNESCO تعلن</p><ul><li><p>بند</p></li></ul>');
  });

  it('renders a direction the writer set, on the block that carries it only', () => {
    const html = renderBodyHtml({
      type: 'doc',
      content: [
        paragraph('قال المتحدث:'),
        { type: 'blockquote', attrs: { dir: 'ltr' }, content: [paragraph('"We agree," he said.')] },
        list('bulletList', ['First', 'Second'], { dir: 'ltr' }),
        paragraph('وأضاف.', { dir: 'rtl' }),
      ],
    });
    expect(html).toBe(
      '<p>قال المتحدث:</p><blockquote dir="ltr"><p>"We agree," he said.</p></blockquote>' +
        '<ul dir="ltr"><li><p>First</p></li><li><p>Second</p></li></ul><p dir="rtl">وأضاف.</p>',
    );
  });

  it('renders no direction it does not know', () => {
    expect(renderBodyHtml({ type: 'doc', content: [paragraph('x', { dir: 'sideways' })] })).toBe('<p>x</p>');
  });

  it('drops the empty paragraphs the editor leaves after a final list, heading or quotation', () => {
    const empty = { type: 'paragraph' };
    expect(renderBodyHtml({ type: 'doc', content: [list('bulletList', ['بند']), empty] })).toBe('<ul><li><p>بند</p></li></ul>');
    expect(renderBodyHtml({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [text('عنوان')] }, empty, empty] })).toBe('<h2>عنوان</h2>');
    expect(renderBodyHtml({ type: 'doc', content: [{ type: 'blockquote', content: [paragraph('نص')] }, { type: 'paragraph', attrs: { dir: 'auto' } }] })).toBe(
      '<blockquote><p>نص</p></blockquote>',
    );
    // An empty paragraph between blocks is the writer's, and stays.
    expect(renderBodyHtml({ type: 'doc', content: [paragraph('أ'), empty, paragraph('ب')] })).toBe('<p>أ</p><p></p><p>ب</p>');
  });
});
