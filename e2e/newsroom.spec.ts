import { expect, test } from '@playwright/test';
import { demoUsers } from './helpers/auth';
import { articleStatus, createDraft, openAs, organizationTimeZone, organizationWallTime, typeInBody } from './helpers/newsroom';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test.describe('newsroom', () => {
  // Several people (browser contexts) work in turn on a shared, busy two-core machine.
  test.describe.configure({ timeout: 90_000 });

  test('an Arabic release goes from draft through review to a scheduled publication', async ({ browser }) => {
    test.setTimeout(180_000);
    const writer = await openAs(browser, demoUsers.writer, 'ar');
    const reviewer = await openAs(browser, demoUsers.reviewer, 'ar');
    const sentence = 'أعلنت وكالة UNA في عام 2025 عن برنامج جديد، فهل يتحقق الهدف؟';
    const body = writer.page.getByRole('textbox', { name: 'النص', exact: true });

    const { editorUrl, slug } = await test.step('the writer drafts in the Arabic UI', async () => {
      await writer.page.bringToFront();
      await writer.page.goto('/ar/admin/articles/new');
      await writer.page.getByLabel('لغة المقال').selectOption({ label: 'العربية' });
      await writer.page.getByLabel('العنوان').fill(`بيان تجريبي ${unique()}`);
      await writer.page.getByRole('button', { name: 'إنشاء مسودة' }).click();
      await expect(writer.page).toHaveURL(/\/ar\/admin\/articles\/\d+$/);
      await expect(body).toHaveAttribute('dir', 'rtl');
      await typeInBody(writer.page, sentence, { ui: 'ar' });
      const slug = await writer.page.getByLabel('المعرّف (عنوان الصفحة)').inputValue();
      expect(slug).toMatch(/^بيان-تجريبي-/);
      return { editorUrl: writer.page.url(), slug };
    });

    await test.step('saved as typed: same characters, same order, right to left, the question mark at the line end', async () => {
      await writer.page.bringToFront();
      await writer.page.reload();
      const paragraph = body.locator('p').first();
      await expect(paragraph).toHaveText(sentence);
      // The block follows the release's language (from the container), not its first letter.
      await expect(paragraph).not.toHaveAttribute('dir');
      const layout = await paragraph.evaluate((element) => {
        const text = element.firstChild!;
        const rectOf = (index: number) => {
          const range = document.createRange();
          range.setStart(text, index);
          range.setEnd(text, index + 1);
          return range.getBoundingClientRect();
        };
        const length = text.textContent!.length;
        // The question mark ends the sentence on its own line (the body column may wrap it): leftmost there.
        const question = rectOf(length - 1);
        const lefts = Array.from({ length }, (_, index) => rectOf(index))
          .filter((rect) => Math.abs(rect.top - question.top) < 2)
          .map((rect) => rect.left);
        return { direction: getComputedStyle(element).direction, questionLeft: question.left, minLeft: Math.min(...lefts) };
      });
      expect(layout.direction).toBe('rtl');
      expect(layout.questionLeft).toBe(layout.minLeft);
    });

    await test.step('the preview is the public rendering: same text, same order, in the release direction', async () => {
      await writer.page.getByRole('link', { name: 'معاينة' }).click();
      await expect(writer.page.getByTestId('article-body')).toHaveAttribute('dir', 'rtl');
      await expect(writer.page.getByTestId('article-body').locator('p').first()).toHaveText(sentence);
    });

    await test.step('submitted, the reviewer asks for a change with a note', async () => {
      await writer.page.bringToFront();
      await writer.page.goto(editorUrl);
      await writer.page.getByRole('button', { name: 'إرسال للمراجعة' }).click();
      await expect(articleStatus(writer.page)).toHaveText('قيد المراجعة');

      await reviewer.page.bringToFront();
      await reviewer.page.goto(editorUrl);
      await expect(reviewer.page.getByRole('button', { name: 'اعتماد', exact: true })).toBeVisible();
      await reviewer.page.getByLabel('ملاحظة للكاتب').fill('أضيفوا فقرة عن موعد التنفيذ.');
      await reviewer.page.getByRole('button', { name: 'طلب تعديلات' }).click();
      await expect(articleStatus(reviewer.page)).toHaveText('مطلوب تعديلات');
    });

    await test.step('the writer sees the note beside the editor, fixes the text and resubmits', async () => {
      await writer.page.bringToFront();
      await writer.page.reload();
      await expect(writer.page.getByRole('region', { name: /تعليق مفتوح واحد/ })).toContainText('أضيفوا فقرة عن موعد التنفيذ.');
      await typeInBody(writer.page, 'يبدأ التنفيذ في يناير 2026.', { newParagraph: true, ui: 'ar' });
      await writer.page.getByRole('button', { name: 'إرسال للمراجعة' }).click();
      await expect(articleStatus(writer.page)).toHaveText('قيد المراجعة');
    });

    const publishAt = await test.step('four eyes: not the writer, the reviewer approves for a few seconds ahead', async () => {
      await expect(writer.page.getByRole('button', { name: 'اعتماد', exact: true })).toHaveCount(0);
      await reviewer.page.bringToFront();
      await reviewer.page.reload();
      const publishAt = new Date(Date.now() + 10_000);
      await reviewer.page.getByRole('region', { name: 'المراجعة' }).getByLabel(/وقت النشر/).fill(organizationWallTime(publishAt));
      await reviewer.page.getByRole('button', { name: 'اعتماد', exact: true }).click();
      await expect(articleStatus(reviewer.page)).toHaveText('مجدول');
      await expect(reviewer.page.getByTestId('publish-time')).toContainText(organizationTimeZone);
      // The newsroom dashboard lists it under "scheduled", with its time.
      await reviewer.page.goto('/ar/admin');
      await expect(reviewer.page.getByRole('region', { name: /المجدولة/ }).getByRole('link', { name: /بيان تجريبي/ }).first()).toBeVisible();
      return publishAt;
    });

    await test.step('not public before its time, public after it with nobody doing anything', async () => {
      // The 404 is cached meanwhile: the first request after the time gets the release, with its own head.
      const publicUrl = `/ar/news/${encodeURIComponent(slug)}`;
      expect((await reviewer.page.request.get(publicUrl)).status()).toBe(404);
      await reviewer.page.waitForTimeout(Math.max(0, publishAt.getTime() + 1_000 - Date.now()));
      expect((await reviewer.page.request.get(publicUrl)).status()).toBe(200);
      await reviewer.page.bringToFront();
      await reviewer.page.goto(publicUrl);
      await expect(reviewer.page.getByRole('heading', { level: 1 })).toContainText('بيان تجريبي');
      await expect(reviewer.page).toHaveTitle(/بيان تجريبي/);
      await expect(reviewer.page.locator('meta[name="robots"]')).toHaveCount(0);
      await expect(reviewer.page.locator('article p').filter({ hasText: 'UNA' })).toHaveText(sentence);
    });

    await test.step("the writer's inbox tells about each step", async () => {
      await writer.page.bringToFront();
      await writer.page.goto('/ar/admin/inbox');
      await expect(writer.page.getByRole('listitem').filter({ hasText: 'طلب Youssef Benali تعديلات على' }).first()).toBeVisible();
    });
    await writer.context.close();
    await reviewer.context.close();
  });

  test('a translation is edited beside its source, published on its own, and flagged when the source changes', async ({ browser }) => {
    const writer = await openAs(browser, demoUsers.writer);
    const reviewer = await openAs(browser, demoUsers.reviewer);
    const sourceId = await createDraft(writer.page, { language: 'Arabic', title: `قمة التعاون ${unique()}` });
    await typeInBody(writer.page, 'اجتمع الوزراء في جدة لبحث التعاون.');

    await writer.page.getByRole('button', { name: 'English' }).click();
    await expect(writer.page).not.toHaveURL(new RegExp(`/articles/${sourceId}$`));
    await expect(writer.page).toHaveURL(/\/en\/admin\/articles\/\d+$/);
    const translationUrl = writer.page.url();
    await expect(writer.page.getByTestId('source-text')).toHaveAttribute('dir', 'rtl');
    await expect(writer.page.getByTestId('source-text')).toContainText('اجتمع الوزراء في جدة');
    const target = writer.page.getByRole('textbox', { name: 'Text', exact: true });
    await expect(target).toHaveAttribute('dir', 'ltr');

    const englishTitle = `Cooperation summit ${unique()}`;
    await writer.page.getByLabel('Title', { exact: true }).fill(englishTitle);
    await target.click();
    await writer.page.keyboard.press('Control+A');
    await writer.page.keyboard.insertText('Ministers met in Jeddah to discuss cooperation.');
    await expect(writer.page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });
    const slug = await writer.page.getByLabel('Slug (web address)').inputValue();
    expect(slug).toMatch(/^cooperation-summit-/);
    await writer.page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(articleStatus(writer.page)).toHaveText('In review');

    await reviewer.page.bringToFront();
    await reviewer.page.goto(translationUrl);
    await reviewer.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Approved');
    await reviewer.page.getByRole('button', { name: 'Publish' }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Published');

    // Publishing the translation left the Arabic source a draft.
    expect((await reviewer.page.request.get(`/en/news/${slug}`)).status()).toBe(200);
    await writer.page.bringToFront();
    await writer.page.goto(`/en/admin/articles/${sourceId}`);
    await expect(articleStatus(writer.page)).toHaveText('Draft');

    // The source changes: the translation says so, with the change, until marked updated.
    await typeInBody(writer.page, 'وصدر عنهم بيان ختامي.', { newParagraph: true });
    await writer.page.bringToFront();
    await writer.page.goto(translationUrl);
    const flag = writer.page.getByRole('region', { name: 'Source changed since translation' });
    // The diff keeps paragraphs apart (each in its own direction), so each added one is its own insertion.
    await expect(flag.getByTestId('diff').locator('ins').filter({ hasText: 'وصدر عنهم بيان ختامي' })).toHaveText('وصدر عنهم بيان ختامي.');
    await flag.getByRole('button', { name: 'Mark translation as updated' }).click();
    await expect(writer.page.getByRole('region', { name: 'Source changed since translation' })).toHaveCount(0);
    await writer.context.close();
    await reviewer.context.close();
  });

  test('an approved or taken-down article goes back to its writer as a draft to edit and resubmit', async ({ browser }) => {
    const writer = await openAs(browser, demoUsers.writer);
    const reviewer = await openAs(browser, demoUsers.reviewer);
    const title = `Communiqué final ${unique()}`;
    const id = await createDraft(writer.page, { language: 'French', title });
    await typeInBody(writer.page, 'Les ministres ont adopté une déclaration.');
    await writer.page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(articleStatus(writer.page)).toHaveText('In review');

    // A reviewer approves, then sends it back: the writer hears of it and can edit again.
    await reviewer.page.bringToFront();
    await reviewer.page.goto(`/en/admin/articles/${id}`);
    await reviewer.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Approved');
    await reviewer.page.getByRole('complementary').getByRole('button', { name: 'Back to draft' }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Draft');
    await writer.page.bringToFront();
    await writer.page.goto('/en/admin/inbox');
    await expect(writer.page.getByRole('listitem').filter({ hasText: title }).filter({ hasText: 'sent back to draft' })).toBeVisible();
    await writer.page.goto(`/en/admin/articles/${id}`);
    await typeInBody(writer.page, 'Elle entre en vigueur en janvier.', { newParagraph: true });
    await writer.page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(articleStatus(writer.page)).toHaveText('In review');

    // Published, then taken down: the writer pulls the text back for a correction.
    await reviewer.page.bringToFront();
    await reviewer.page.reload();
    await reviewer.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await reviewer.page.getByRole('button', { name: 'Publish' }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Published');
    await reviewer.page.getByRole('button', { name: 'Unpublish' }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Unpublished');
    await writer.page.bringToFront();
    await writer.page.reload();
    await expect(writer.page.getByLabel('Title', { exact: true })).not.toBeEditable();
    await writer.page.getByRole('complementary').getByRole('button', { name: 'Back to draft' }).click();
    await expect(articleStatus(writer.page)).toHaveText('Draft');
    await expect(writer.page.getByLabel('Title', { exact: true })).toBeEditable();
    await expect(writer.page.getByRole('button', { name: 'Submit for review' })).toBeVisible();
    await writer.context.close();
    await reviewer.context.close();
  });

  test('links come from an inline field that refuses other schemes; a comment quotes the selected passage', async ({ browser }) => {
    const writer = await openAs(browser, demoUsers.writer);
    const page = writer.page;
    await createDraft(page, { language: 'English', title: `Declaration ${unique()}` });
    await typeInBody(page, 'Ministers adopted the Jeddah declaration.');
    const body = page.getByRole('textbox', { name: 'Text', exact: true });

    await body.click();
    await page.keyboard.press('Control+A');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const field = page.getByRole('group', { name: 'Link' }).getByRole('textbox', { name: 'Link address' });
    await expect(field).toBeFocused();
    await field.fill('javascript:alert(1)');
    await field.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'A link must be a web address' })).toBeVisible();
    await field.fill('www.example.org/declaration');
    await field.press('Enter');
    await expect(body.getByRole('link', { name: 'Ministers adopted the Jeddah declaration.' })).toHaveAttribute('href', 'https://www.example.org/declaration');
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });

    // The same button edits the link under the cursor, or removes it.
    await body.getByRole('link').click();
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(field).toHaveValue('https://www.example.org/declaration');
    await page.getByRole('button', { name: 'Remove link' }).click();
    await expect(body.getByRole('link')).toHaveCount(0);

    // Select a passage and quote it in a comment: the quote stays with the comment.
    await body.click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'Jeddah declaration.'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Quote the selected text' }).click();
    await expect(page.getByTestId('pending-quote')).toHaveText('Jeddah declaration.');
    await page.getByLabel('New comment').fill('Use the declaration’s full title.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    const thread = page.getByRole('region', { name: /1 open comment/ });
    await expect(thread.getByRole('listitem').filter({ hasText: 'Use the declaration’s full title.' }).locator('blockquote')).toHaveText('Jeddah declaration.');
    await writer.context.close();
  });

  test('a second save from a stale version gets the conflict screen and keeps its text', async ({ browser }) => {
    const first = await openAs(browser, demoUsers.writer);
    const id = await createDraft(first.page, { language: 'French', title: `Conflit ${unique()}` });
    const second = await openAs(browser, demoUsers.writer);
    await second.page.bringToFront();
    await second.page.goto(`/en/admin/articles/${id}`);
    await expect(second.page.getByRole('textbox', { name: 'Text', exact: true })).toBeVisible();

    await typeInBody(first.page, 'Texte du premier onglet.');
    const mine = 'Texte du second onglet, à ne pas perdre.';
    await second.page.bringToFront();
    await second.page.getByRole('textbox', { name: 'Text', exact: true }).click();
    await second.page.keyboard.insertText(mine);
    await second.page.getByRole('button', { name: 'Save', exact: true }).click();

    const conflict = second.page.getByRole('region', { name: 'Someone else changed this article' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByTestId('diff').locator('ins')).toContainText('Texte du premier onglet.');
    await expect(conflict.getByLabel('Your text')).toHaveValue(new RegExp(mine));
    await conflict.getByRole('button', { name: 'Load their version and merge mine by hand' }).click();
    await expect(second.page.getByRole('textbox', { name: 'Text', exact: true })).toContainText('Texte du premier onglet.');
    await expect(conflict.getByLabel('Your text')).toHaveValue(new RegExp(mine));
    await first.context.close();
    await second.context.close();
  });

  test('reloading mid-typing asks first, then restores the text from the browser backup', async ({ browser }) => {
    const { context, page } = await openAs(browser, demoUsers.writer);
    await createDraft(page, { language: 'English', title: `Backup ${unique()}` });
    await page.getByRole('textbox', { name: 'Text', exact: true }).click();
    await page.keyboard.insertText('Typed just before the reload.');
    await expect(page.getByTestId('save-state')).toHaveText('Unsaved changes');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await expect(page.getByText('Unsaved text from this browser was restored.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toContainText('Typed just before the reload.');
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });
    await context.close();
  });

  test('an embargo link shows the article before its time, then stops working once revoked', async ({ browser }) => {
    const writer = await openAs(browser, demoUsers.writer);
    const reviewer = await openAs(browser, demoUsers.reviewer);
    const title = `Embargoed statement ${unique()}`;
    const id = await createDraft(writer.page, { language: 'English', title });
    await typeInBody(writer.page, 'The statement will be issued tomorrow.');
    // The writer asks for a time; approving without one of the reviewer's own schedules it then.
    await writer.page.getByLabel(/^Requested publish time/).fill(organizationWallTime(new Date(Date.now() + 24 * 60 * 60 * 1000)));
    await expect(writer.page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });
    await writer.page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(articleStatus(writer.page)).toHaveText('In review');

    await reviewer.page.bringToFront();
    await reviewer.page.goto(`/en/admin/articles/${id}`);
    await reviewer.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Scheduled');
    const links = reviewer.page.getByRole('region', { name: 'Embargo links' });
    await links.getByLabel(/Expires at/).fill(organizationWallTime(new Date(Date.now() + 2 * 60 * 60 * 1000)));
    await links.getByRole('button', { name: 'Create link' }).click();
    const url = await links.getByLabel(/^Link \(expires/).inputValue();
    expect(url).toMatch(/\/en\/embargo\/[\w-]+\.[\w-]+$/);

    const partner = await browser.newContext({ locale: 'en' });
    const partnerPage = await partner.newPage();
    await partnerPage.bringToFront();
    await partnerPage.goto(url);
    await expect(partnerPage.getByText(/^EMBARGOED until/)).toBeVisible();
    await expect(partnerPage.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(partnerPage.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

    await reviewer.page.bringToFront();
    await links.getByRole('button', { name: 'Revoke' }).click();
    await expect(links.getByText('Revoked', { exact: true })).toBeVisible();
    await partnerPage.bringToFront();
    await partnerPage.reload();
    await expect(partnerPage.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
    await expect(partnerPage.getByText('The embargo link has been revoked.')).toBeVisible();
    await partner.close();
    await writer.context.close();
    await reviewer.context.close();
  });

  test('every save is a revision; two revisions compare word by word; restore adds a revision', async ({ browser }) => {
    const { context, page } = await openAs(browser, demoUsers.writer);
    const id = await createDraft(page, { language: 'Arabic', title: `سجل ${unique()}` });
    await typeInBody(page, 'عقدت اللجنة اجتماعها في جدة.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
    await page.getByRole('textbox', { name: 'Text', exact: true }).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('عقدت اللجنة اجتماعها في الرياض.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

    await page.getByRole('link', { name: 'History' }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${id}/history$`));
    const count = await page.getByTestId('revision').count();
    expect(count).toBeGreaterThanOrEqual(3);
    const diff = page.getByTestId('diff');
    await expect(diff.locator('del')).toHaveText('جدة');
    await expect(diff.locator('ins')).toHaveText('الرياض');

    await page.getByRole('button', { name: /^Restore version/ }).nth(1).click();
    await expect(page.getByTestId('revision')).toHaveCount(count + 1);
    await page.getByRole('link', { name: 'Back to the editor' }).click();
    await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveText('عقدت اللجنة اجتماعها في جدة.');
    await context.close();
  });

  test('signed-out visitors are sent to sign in; writers cannot open others’ drafts', async ({ browser, page }) => {
    const response = await page.goto('/en/admin', { waitUntil: 'commit' });
    expect(response?.url() ?? page.url()).toMatch(/\/en\/login\?callbackUrl=%2Fen%2Fadmin/);

    const reviewer = await openAs(browser, demoUsers.reviewer);
    const id = await createDraft(reviewer.page, { language: 'English', title: `Reviewer draft ${unique()}` });
    const writer = await openAs(browser, demoUsers.writer);
    expect((await writer.page.goto(`/en/admin/articles/${id}`))?.status()).toBe(404);
    await reviewer.context.close();
    await writer.context.close();
  });
});
