import { describe, expect, it } from 'vitest';
import { autoParagraphs, fitHeadingLevels, flattenTables, stripBlockComments, stripShortcodes } from './clean-html';
import { parseWordPressHtml, placeImages } from './html-to-body';

const texts = (doc: unknown) => [...JSON.stringify(doc).matchAll(/"text":"([^"]*)"/g)].map((match) => match[1]);

describe('cleaning WordPress HTML', () => {
  it('unwraps Gutenberg blocks, counting each kind, and drops dynamic ones', () => {
    const { html, blocks, droppedBlocks } = stripBlockComments('<!-- wp:paragraph {"align":"right"} --><p>نص</p><!-- /wp:paragraph --><!-- wp:core/heading --><h2>ع</h2><!-- /wp:core/heading --><!-- wp:latest-posts {"postsToShow":3} /--><!-- a comment of the writer -->');
    expect(html).toBe('<p>نص</p><h2>ع</h2><!-- a comment of the writer -->');
    expect(blocks).toEqual({ paragraph: 1, heading: 1 });
    expect(droppedBlocks).toEqual({ 'latest-posts': 1 });
  });

  it('removes shortcodes, keeps what a caption wraps, and leaves bracketed text alone', () => {
    const { html, shortcodes } = stripShortcodes('[caption id="a" width="300"]<img src="x.jpg"> Légende[/caption] [gallery ids="1,2"] [embed]https://video.example/v[/embed] [Reuters] [1] [[gallery]] [vc_row][vc_column]نص[/vc_column][/vc_row]');
    expect(html).toBe('<img src="x.jpg"> Légende   [Reuters] [1] [gallery] نص');
    expect(shortcodes).toEqual({ caption: 1, gallery: 1, embed: 1, vc_row: 1, vc_column: 1 });
  });

  it('gives classic-editor text its paragraphs and line breaks, leaving block HTML as it is', () => {
    expect(autoParagraphs('First line\nsecond line\n\n<ul><li>a</li></ul>\n\nLast')).toBe('<p>First line<br>second line</p>\n<ul><li>a</li></ul>\n<p>Last</p>');
  });

  it('moves headings to the levels the editor has, and reads tables row by row', () => {
    expect(fitHeadingLevels('<h1 class="x">A</h1><h4>B</h4><h2>C</h2>')).toEqual({ html: '<h2 class="x">A</h2><h3>B</h3><h2>C</h2>', headings: { h1: 1, h4: 1 } });
    expect(flattenTables('<table><tr><th>يوم</th><td>حدث</td></tr><tr><td>1</td><td>2</td></tr></table>')).toEqual({ html: '<p>يوم حدث </p><p>1 2 </p>', tables: 1 });
  });
});

describe('parseWordPressHtml and placeImages', () => {
  it('keeps what the editor holds and reports the rest', () => {
    const parsed = parseWordPressHtml('<p>Un <strong>texte</strong> <u>souligné</u> et <a href="javascript:alert(1)">piège</a>.</p><pre>code</pre><iframe src="https://video.example"></iframe><script>alert(1)</script>');
    expect(parsed.report.unsupported).toEqual({ u: 1, pre: 1, iframe: 1, script: 1 });
    const placed = placeImages(parsed.doc, new Map());
    expect(texts(placed?.body)).toEqual(['Un ', 'texte', ' souligné et piège.', 'code']);
    // The dangerous link is not a link any more; the script's text never reaches the body.
    expect(JSON.stringify(placed?.body)).not.toMatch(/javascript|alert/);
  });

  it('places library images, and turns the others into links to where they were', () => {
    const parsed = parseWordPressHtml('<p>أ</p><img src="https://old.example/wp-content/uploads/a.jpg" alt="صورة"><img src="https://elsewhere.example/b.png" alt=""><img src="javascript:alert(1)" alt="x">');
    expect(parsed.imageSources).toEqual(['https://old.example/wp-content/uploads/a.jpg', 'https://elsewhere.example/b.png', 'javascript:alert(1)']);
    const src = `/media/${'a'.repeat(64)}/960.webp`;
    const placed = placeImages(parsed.doc, new Map([['https://old.example/wp-content/uploads/a.jpg', { mediaId: 4, src }]]))!;
    expect(placed.external).toBe(2);
    expect(placed.body.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'أ' }] },
      { type: 'image', attrs: { src, alt: 'صورة', title: null, width: null, height: null, mediaId: 4 } },
      { type: 'paragraph', content: [{ type: 'text', text: 'b.png', marks: [{ type: 'link', attrs: { href: 'https://elsewhere.example/b.png', target: null, rel: 'noopener noreferrer', class: null, title: null } }] }] },
      // An address no link may have keeps only its label.
      { type: 'paragraph', content: [{ type: 'text', text: 'x' }] },
    ]);
  });
});
