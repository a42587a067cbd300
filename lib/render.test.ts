import { describe, expect, it } from 'vitest';
import { bodyPlainText, renderBodyHtml } from './render';

describe('renderBodyHtml', () => {
  it('keeps mixed Arabic/Latin text in order, the question mark at the end, each block dir="auto"', () => {
    const sentence = 'أعلنت وكالة UNA في عام 2025 عن برنامج جديد، فهل يتحقق الهدف؟';
    const html = renderBodyHtml({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence }] }] });
    expect(html).toBe(`<p dir="auto">${sentence}</p>`);
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
