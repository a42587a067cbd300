import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { demoUsers } from './helpers/auth';
import { articleStatus, openAs } from './helpers/newsroom';

/*
 * Block direction, measured: text typed with the keyboard into the editor, checked where it
 * lands on screen (element boxes, Range rects) in the editor after a reload and on the public
 * page after review. Three releases carry all the cases, so there are three publications, not
 * one per case.
 */

type Ui = 'en' | 'fr' | 'ar';
const uiText = {
  en: { body: 'Text', saved: 'All changes saved', slug: 'Slug (web address)', submit: 'Submit for review', inReview: 'In review', ltr: 'Left to right', rtl: 'Right to left', follow: /^Follow the language of the release/ },
  fr: { body: 'Texte', saved: 'Toutes les modifications sont enregistrées', slug: 'Slug (adresse web)', submit: 'Soumettre à la relecture', inReview: 'En relecture', ltr: 'De gauche à droite', rtl: 'De droite à gauche', follow: /^Suivre la langue du communiqué/ },
  ar: { body: 'النص', saved: 'حُفظت كل التغييرات', slug: 'المعرّف (عنوان الصفحة)', submit: 'إرسال للمراجعة', inReview: 'قيد المراجعة', ltr: 'من اليسار إلى اليمين', rtl: 'من اليمين إلى اليسار', follow: /^اتباع لغة البيان/ },
} as const;

/** A number in Arabic-Indic digits: unique titles that stay Arabic from end to end. */
const arabicDigits = (value: number) => String(value).replace(/\d/g, (digit) => '٠١٢٣٤٥٦٧٨٩'[Number(digit)]!);
const unique = () => arabicDigits(Date.now() % 1e8);

interface Box {
  left: number;
  right: number;
}
interface Layout {
  direction: string;
  box: Box;
  /** The content box: inside border and padding. */
  content: Box;
  /** The union of the visible characters' rects. */
  text: Box;
  parent: Box;
  borderLeft: number;
  borderRight: number;
  /** Whether the last visible character (the full stop) is the leftmost / rightmost one. */
  lastIsLeftmost: boolean;
  lastIsRightmost: boolean;
  words: Record<string, Box>;
}

/** Where a block's text sits, from Range rects of each character and the element boxes. */
async function layoutOf(block: Locator, words: string[] = []): Promise<Layout> {
  return block.evaluate((element, wanted) => {
    const box = (rect: DOMRect) => ({ left: rect.left, right: rect.right });
    const style = getComputedStyle(element);
    const px = (value: string) => Number.parseFloat(value) || 0;
    const outer = element.getBoundingClientRect();
    const chars: [Text, number][] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let index = 0; index < node.data.length; index++) chars.push([node, index]);
    }
    const rangeRect = (from: [Text, number], to: [Text, number]) => {
      const range = document.createRange();
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1] + 1);
      const rects = [...range.getClientRects()];
      return { left: Math.min(...rects.map((rect) => rect.left)), right: Math.max(...rects.map((rect) => rect.right)) };
    };
    const visible = chars.filter(([node, index]) => node.data[index]!.trim() !== '');
    const rects = visible.map((char) => rangeRect(char, char));
    const last = rects[rects.length - 1]!;
    const all = chars.map(([node, index]) => node.data[index]).join('');
    const found = Object.fromEntries(
      wanted.map((word) => {
        const at = all.indexOf(word);
        if (at < 0) throw new Error(`"${word}" is not in "${all}"`);
        return [word, rangeRect(chars[at]!, chars[at + word.length - 1]!)];
      }),
    );
    return {
      direction: style.direction,
      box: box(outer),
      content: { left: outer.left + px(style.borderLeftWidth) + px(style.paddingLeft), right: outer.right - px(style.borderRightWidth) - px(style.paddingRight) },
      text: { left: Math.min(...rects.map((rect) => rect.left)), right: Math.max(...rects.map((rect) => rect.right)) },
      parent: box(element.parentElement!.getBoundingClientRect()),
      borderLeft: px(style.borderLeftWidth),
      borderRight: px(style.borderRightWidth),
      lastIsLeftmost: rects.every((rect) => last.left <= rect.left + 0.5),
      lastIsRightmost: rects.every((rect) => last.right >= rect.right - 0.5),
      words: found,
    };
  }, words);
}

const near = (a: number, b: number) => Math.abs(a - b) < 3;

/** Right to left: starts at the right edge of its box, the full stop at the left end. */
async function expectRightToLeft(block: Locator, words: string[] = [], { fullStop = true } = {}) {
  const layout = await layoutOf(block, words);
  expect(layout.direction).toBe('rtl');
  expect(near(layout.text.right, layout.content.right), `text starts at the right edge: ${JSON.stringify(layout)}`).toBe(true);
  if (fullStop) expect(layout.lastIsLeftmost, 'the full stop is at the left end').toBe(true);
  return layout;
}

/** Left to right: starts at the left edge, the full stop at the right end. */
async function expectLeftToRight(block: Locator, words: string[] = [], { fullStop = true } = {}) {
  const layout = await layoutOf(block, words);
  expect(layout.direction).toBe('ltr');
  expect(near(layout.text.left, layout.content.left), `text starts at the left edge: ${JSON.stringify(layout)}`).toBe(true);
  if (fullStop) expect(layout.lastIsRightmost, 'the full stop is at the right end').toBe(true);
  return layout;
}

/**
 * List markers sit in the list's start padding, outside the item box: on the right of the items
 * for right to left, on the left for left to right. Each item's text starts next to its marker.
 */
async function expectListMarkers(list: Locator, side: 'right' | 'left') {
  const items = list.locator(':scope > li');
  await expect(items).not.toHaveCount(0);
  for (const item of await items.all()) {
    const layout = await layoutOf(item);
    const gutterRight = layout.parent.right - layout.box.right;
    const gutterLeft = layout.box.left - layout.parent.left;
    expect(layout.direction).toBe(side === 'right' ? 'rtl' : 'ltr');
    if (side === 'right') {
      expect(gutterRight, 'room for the marker on the right').toBeGreaterThan(15);
      expect(gutterLeft).toBeLessThan(2);
      expect(near(layout.text.right, layout.content.right), 'item text starts by its marker').toBe(true);
    } else {
      expect(gutterLeft, 'room for the marker on the left').toBeGreaterThan(15);
      expect(gutterRight).toBeLessThan(2);
      expect(near(layout.text.left, layout.content.left), 'item text starts by its marker').toBe(true);
    }
  }
}

/** A quotation's bar is its start border: right for right to left, left for left to right. */
async function expectQuoteBar(quote: Locator, side: 'right' | 'left') {
  const layout = await layoutOf(quote);
  expect(layout.direction).toBe(side === 'right' ? 'rtl' : 'ltr');
  expect(side === 'right' ? layout.borderRight : layout.borderLeft, 'the bar').toBeGreaterThan(2);
  expect(side === 'right' ? layout.borderLeft : layout.borderRight, 'no bar on the end side').toBe(0);
  const textStart = side === 'right' ? near(layout.text.right, layout.content.right) : near(layout.text.left, layout.content.left);
  expect(textStart, 'the quoted text starts by the bar').toBe(true);
}

/** Types into the body with the keyboard: `lines` are typed one after another, Enter between them. */
async function typeLines(page: Page, ui: Ui, lines: string[]) {
  await page.bringToFront();
  await page.getByRole('textbox', { name: uiText[ui].body, exact: true }).click();
  await page.keyboard.press('Control+End');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

async function waitSaved(page: Page, ui: Ui) {
  await expect(page.getByTestId('save-state')).toHaveText(uiText[ui].saved, { timeout: 15_000 });
}

async function createDraft(page: Page, ui: Ui, language: 'ar' | 'fr', title: string): Promise<number> {
  const labels = {
    en: { language: 'Language of the article', title: 'Title', create: 'Create draft' },
    fr: { language: "Langue de l'article", title: 'Titre', create: 'Créer le brouillon' },
    ar: { language: 'لغة المقال', title: 'العنوان', create: 'إنشاء مسودة' },
  }[ui];
  await page.goto(`/${ui}/admin/articles/new`);
  await page.getByLabel(labels.language).selectOption(language);
  // The title is typed in the release's language, in its direction, from the first keystroke.
  await expect(page.getByLabel(labels.title)).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
  await page.getByLabel(labels.title).fill(title);
  await page.getByRole('button', { name: labels.create }).click();
  await expect(page).toHaveURL(new RegExp(`/${ui}/admin/articles/\\d+$`));
  return Number(/articles\/(\d+)$/.exec(page.url())![1]);
}

/** Writer submits; a reviewer approves and publishes now; returns the public address. */
async function publish(browser: Browser, writer: Page, ui: Ui, id: number, language: 'ar' | 'fr'): Promise<string> {
  await writer.bringToFront();
  await writer.goto(`/${ui}/admin/articles/${id}`);
  const slug = await writer.getByLabel(uiText[ui].slug).inputValue();
  await writer.getByRole('button', { name: uiText[ui].submit }).click();
  await expect(articleStatus(writer)).toHaveText(uiText[ui].inReview);
  const reviewer = await openAs(browser, demoUsers.reviewer, 'en');
  await reviewer.page.goto(`/en/admin/articles/${id}`);
  await reviewer.page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(articleStatus(reviewer.page)).toHaveText('Approved');
  await reviewer.page.getByRole('button', { name: 'Publish' }).click();
  await expect(articleStatus(reviewer.page)).toHaveText('Published');
  await reviewer.context.close();
  return `/${language}/news/${encodeURIComponent(slug)}`;
}

const editorBody = (page: Page, ui: Ui) => page.getByRole('textbox', { name: uiText[ui].body, exact: true });
const publicBody = (page: Page) => page.getByTestId('article-body');

test.describe('block direction', () => {
  test.describe.configure({ timeout: 240_000 });

  test('an Arabic release written in the English UI: every block right to left, an English quotation marked left to right', async ({ browser }, testInfo) => {
    const title = `WHO وشركاؤها يطلقون حملة ${unique()}`;
    const writer = await openAs(browser, demoUsers.writer, 'en');
    const page = writer.page;
    const id = await createDraft(page, 'en', 'ar', title);

    await expect(editorBody(page, 'en')).toHaveAttribute('dir', 'rtl');
    await typeLines(page, 'en', [
      'أعلنت المنظمة اليوم عن برنامج جديد.',
      'UNESCO تعلن عن شراكة جديدة.',
      'ارتفعت الصادرات بنسبة ٤٥٪ عام ٢٠٢٥.',
      // Markdown-style input rules: "## " a heading, "- " a list, "1. " a numbered list, "> " a quotation.
      '## WHO تطلق حملة للتطعيم',
      '- البند الأول',
      'OIC والشركاء',
      '',
      '1. أولاً',
      'ثانياً',
      '',
      '> قال الأمين العام: نرحب بالتعاون.',
      '',
      // A quotation right after another would join it (the editor's input rule), as in any editor.
      'وقال المندوب:',
      '> "We welcome the agreement," the delegate said.',
    ]);
    // The writer marks the English quotation left to right with the shortcut.
    await page.keyboard.press('Control+Shift+X');
    await waitSaved(page, 'en');

    // The toolbar control: "left to right" then back to the release's language, on the first paragraph.
    const body = editorBody(page, 'en');
    await body.locator(':scope > p').first().click();
    const toolbar = page.getByRole('group', { name: 'Direction of the block' });
    await toolbar.getByRole('button', { name: uiText.en.ltr }).click();
    await expect(body.locator(':scope > p').first()).toHaveAttribute('dir', 'ltr');
    await expect(toolbar.getByRole('button', { name: uiText.en.ltr })).toHaveAttribute('aria-pressed', 'true');
    await toolbar.getByRole('button', { name: uiText.en.follow }).click();
    await expect(body.locator(':scope > p').first()).not.toHaveAttribute('dir');
    await expect(toolbar.getByRole('button', { name: uiText.en.follow })).toHaveAttribute('aria-pressed', 'true');
    await waitSaved(page, 'en');

    // The title, beginning with a Latin word, reads right to left in the English UI's heading and dashboard.
    const expectTitleRightToLeft = async (titleElement: Locator) => {
      await expect(titleElement).toHaveAttribute('dir', 'rtl');
      const layout = await layoutOf(titleElement, ['WHO', 'وشركاؤها']);
      expect(layout.words['WHO']!.left, '"WHO" comes first, on the right').toBeGreaterThanOrEqual(layout.words['وشركاؤها']!.right - 1);
    };

    const checkArabicRelease = async (root: Locator) => {
      await expect(root).toHaveAttribute('dir', 'rtl');
      const paragraphs = root.locator(':scope > p');
      await expect(paragraphs).toHaveText(['أعلنت المنظمة اليوم عن برنامج جديد.', 'UNESCO تعلن عن شراكة جديدة.', 'ارتفعت الصادرات بنسبة ٤٥٪ عام ٢٠٢٥.', 'وقال المندوب:']);
      // Blocks carry no direction of their own: they follow the release's language.
      await expect(root.locator('[dir="auto"]')).toHaveCount(0);
      await expect(root.locator('p[dir], h2[dir], ul[dir], ol[dir], li[dir]')).toHaveCount(0);
      // 1. An Arabic sentence: right to left, full stop at its left end.
      await expectRightToLeft(paragraphs.nth(0));
      // 2. Beginning with a Latin acronym: still right-aligned, the acronym at the right, full stop at the left.
      const acronym = await expectRightToLeft(paragraphs.nth(1), ['UNESCO', 'تعلن']);
      expect(acronym.words['UNESCO']!.left).toBeGreaterThanOrEqual(acronym.words['تعلن']!.right - 1);
      // 3. Arabic-Indic digits and a percentage: the number reads left to right, the sign to its left.
      const digits = await expectRightToLeft(paragraphs.nth(2), ['بنسبة', '٤', '٥', '٪', 'عام', '٢٠٢٥']);
      expect(digits.words['٤']!.right).toBeLessThanOrEqual(digits.words['٥']!.left + 0.5);
      expect(digits.words['٪']!.right).toBeLessThanOrEqual(digits.words['٤']!.left + 0.5);
      expect(digits.words['بنسبة']!.left).toBeGreaterThanOrEqual(digits.words['٥']!.right - 0.5);
      expect(digits.words['عام']!.right).toBeLessThanOrEqual(digits.words['٪']!.left + 0.5);
      // 4. A heading beginning with Latin.
      const heading = await expectRightToLeft(root.locator(':scope > h2'), ['WHO', 'تطلق'], { fullStop: false });
      expect(heading.words['WHO']!.left).toBeGreaterThanOrEqual(heading.words['تطلق']!.right - 1);
      // 5–6. Bullets and numbers on the right of the items, an item beginning with Latin included.
      await expect(root.locator(':scope > ul > li')).toHaveText(['البند الأول', 'OIC والشركاء']);
      await expectListMarkers(root.locator(':scope > ul'), 'right');
      await expectListMarkers(root.locator(':scope > ol'), 'right');
      // 7. An Arabic quotation: the bar on the right.
      const quotes = root.locator(':scope > blockquote');
      await expect(quotes).toHaveCount(2);
      await expectQuoteBar(quotes.nth(0), 'right');
      // 8. The English quotation the writer marked: left to right, bar on the left, full stop at the right end.
      await expect(quotes.nth(1)).toHaveAttribute('dir', 'ltr');
      await expectQuoteBar(quotes.nth(1), 'left');
      await expectLeftToRight(quotes.nth(1).locator('p'));
    };

    // After a reload: what was stored. The direction control is there before any click.
    await page.reload();
    await expect(page.getByRole('group', { name: 'Direction of the block' }).getByRole('button', { name: uiText.en.follow })).toHaveAttribute('aria-pressed', 'true');
    await checkArabicRelease(editorBody(page, 'en'));
    await expectTitleRightToLeft(page.getByRole('heading', { level: 1 }).locator('bdi'));
    await page.screenshot({ path: testInfo.outputPath('arabic-release-editor.png'), fullPage: true });

    await page.goto('/en/admin');
    await expectTitleRightToLeft(page.getByRole('link', { name: title }).first().locator('bdi'));

    // The preview is the public rendering, before publication too.
    await page.goto(`/en/admin/articles/${id}/preview`);
    await checkArabicRelease(publicBody(page));

    // 11. The revision diff (first version against the latest) shows each block in its direction.
    await page.goto(`/en/admin/articles/${id}/history`);
    await page.getByRole('radio', { name: 'Compare from version 1', exact: true }).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    const diff = page.getByTestId('diff');
    await expect(diff).toHaveAttribute('dir', 'rtl');
    await expect(diff.locator('p[dir="ltr"]')).toHaveText('"We welcome the agreement," the delegate said.');
    await expectLeftToRight(diff.locator('p[dir="ltr"]'));
    await expect(diff.locator('p:not([dir])').filter({ hasText: 'UNESCO' })).toHaveText('UNESCO تعلن عن شراكة جديدة.');
    await expectRightToLeft(diff.locator('p').filter({ hasText: 'UNESCO' }), ['UNESCO', 'تعلن']);

    const address = await publish(browser, page, 'en', id, 'ar');
    const reader = await browser.newPage({ locale: 'ar' });
    await reader.goto(address);
    await checkArabicRelease(publicBody(reader));
    // 9. No empty paragraph after the final quotation: the body ends with it.
    await expect(publicBody(reader).locator(':scope > :last-child')).toHaveJSProperty('tagName', 'BLOCKQUOTE');
    await expect(publicBody(reader).locator('p:empty')).toHaveCount(0);
    await reader.screenshot({ path: testInfo.outputPath('arabic-release-public.png'), fullPage: true });

    // 10. The feed carries the body in the release's direction, the marked quotation with its own.
    const feed = await reader.request.get('/ar/feed.xml');
    const xml = await feed.text();
    expect(xml).toContain('&lt;div lang=&quot;ar&quot; dir=&quot;rtl&quot;&gt;&lt;p&gt;أعلنت المنظمة اليوم عن برنامج جديد.');
    expect(xml).toContain('&lt;blockquote dir=&quot;ltr&quot;&gt;&lt;p&gt;&quot;We welcome the agreement,&quot; the delegate said.');
    await reader.close();
    await writer.context.close();
  });

  test('a French release written in the Arabic UI: left to right, Arabic names in place, an Arabic passage marked right to left', async ({ browser }) => {
    const title = `Coopération régionale ${Date.now()}`;
    const writer = await openAs(browser, demoUsers.writer, 'ar');
    const page = writer.page;
    const id = await createDraft(page, 'ar', 'fr', title);

    // 11. The French text is edited left to right inside the right-to-left interface.
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(editorBody(page, 'ar')).toHaveAttribute('dir', 'ltr');
    await typeLines(page, 'ar', [
      'Le ministre محمد بن سلمان a reçu la délégation.',
      '- Première priorité',
      'Coopération avec الأزهر',
      '',
      '> La paix est notre objectif.',
      '',
      'قال الوزير: نرحب بالتعاون.',
    ]);
    // 12. The writer marks the Arabic passage right to left with the toolbar (Arabic labels).
    await page.getByRole('group', { name: 'اتجاه الفقرة' }).getByRole('button', { name: uiText.ar.rtl }).click();
    await waitSaved(page, 'ar');

    const checkFrenchRelease = async (root: Locator) => {
      await expect(root).toHaveAttribute('dir', 'ltr');
      const paragraphs = root.locator(':scope > p');
      await expect(paragraphs).toHaveText(['Le ministre محمد بن سلمان a reçu la délégation.', 'قال الوزير: نرحب بالتعاون.']);
      // 13. An Arabic name inside a French sentence: the name reads right to left, in its place.
      const names = await expectLeftToRight(paragraphs.nth(0), ['ministre', 'محمد', 'سلمان', 'reçu']);
      expect(names.words['ministre']!.right).toBeLessThanOrEqual(names.words['سلمان']!.left + 0.5);
      expect(names.words['سلمان']!.right).toBeLessThanOrEqual(names.words['محمد']!.left + 0.5);
      expect(names.words['محمد']!.right).toBeLessThanOrEqual(names.words['reçu']!.left + 0.5);
      // 14. Bullets on the left of French items.
      await expectListMarkers(root.locator(':scope > ul'), 'left');
      // 15. A French quotation's bar on the left.
      await expectQuoteBar(root.locator(':scope > blockquote'), 'left');
      // 16. The marked Arabic passage: right to left, full stop at its left end.
      await expect(paragraphs.nth(1)).toHaveAttribute('dir', 'rtl');
      await expectRightToLeft(paragraphs.nth(1));
    };

    await page.reload();
    await checkFrenchRelease(editorBody(page, 'ar'));
    const address = await publish(browser, page, 'ar', id, 'fr');
    await page.goto(address);
    await checkFrenchRelease(publicBody(page));
    await writer.context.close();
  });

  test('an Arabic release written in the French UI: a Latin-led title and paragraph, a list, right to left', async ({ browser }) => {
    const title = `UNICEF تدعم التعليم ${unique()}`;
    const writer = await openAs(browser, demoUsers.writer, 'fr');
    const page = writer.page;
    const id = await createDraft(page, 'fr', 'ar', title);

    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(editorBody(page, 'fr')).toHaveAttribute('dir', 'rtl');
    await typeLines(page, 'fr', ['OIC تدعو إلى الحوار.', '- بند أول', 'بند ثانٍ']);
    // The shortcut switches to the other direction and back to the language's.
    await page.keyboard.press('Control+Shift+X');
    await expect(editorBody(page, 'fr').locator(':scope > ul')).toHaveAttribute('dir', 'ltr');
    await page.keyboard.press('Control+Shift+X');
    await expect(editorBody(page, 'fr').locator(':scope > ul')).not.toHaveAttribute('dir');
    await waitSaved(page, 'fr');

    const checkRelease = async (root: Locator) => {
      await expect(root).toHaveAttribute('dir', 'rtl');
      // 17. A paragraph beginning with a Latin acronym, in the French UI.
      const acronym = await expectRightToLeft(root.locator(':scope > p'), ['OIC', 'تدعو']);
      expect(acronym.words['OIC']!.left).toBeGreaterThanOrEqual(acronym.words['تدعو']!.right - 1);
      // 18. Its list: markers on the right.
      await expectListMarkers(root.locator(':scope > ul'), 'right');
    };

    await page.reload();
    await checkRelease(editorBody(page, 'fr'));
    // A click after the final list makes the editor add its empty paragraph there; that is no
    // change to the stored text, so nothing is marked unsaved (nor autosaved in the reader's name).
    await editorBody(page, 'fr').click();
    await page.keyboard.press('Control+End');
    await expect(editorBody(page, 'fr').locator(':scope > :last-child')).toHaveJSProperty('tagName', 'P');
    await page.waitForTimeout(500);
    await expect(page.getByTestId('save-state')).toHaveText(uiText.fr.saved, { timeout: 500 });
    // 19. The title beginning with Latin: right to left in the French UI's heading, isolated.
    const heading = page.getByRole('heading', { level: 1 }).locator('bdi');
    await expect(heading).toHaveAttribute('dir', 'rtl');
    const layout = await layoutOf(heading, ['UNICEF', 'تدعم']);
    expect(layout.words['UNICEF']!.left).toBeGreaterThanOrEqual(layout.words['تدعم']!.right - 1);

    const address = await publish(browser, page, 'fr', id, 'ar');
    await page.goto(address);
    await checkRelease(publicBody(page));
    await writer.context.close();
  });
});
