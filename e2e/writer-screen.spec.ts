/**
 * The writer's screen (issue 15, item 8): the writing first, the details beside it or after it,
 * a read-only article that says why, SVG toolbar icons with names, and "Approve and publish now".
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demoUsers } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { articleStatus, createDraft, openAs, typeInBody } from './helpers/newsroom';
import { uniqueSuffix } from './helpers/users';

test('title and text come first, the details beside them on a wide screen and after them on a phone; read only says why; approve and publish in one step', async ({ browser }) => {
  // Two people, a draft through review to publication, and an axe scan of the editor.
  test.setTimeout(180_000);
  const writer = await openAs(browser, demoUsers.writer, 'en');
  const page = writer.page;
  const title = `Writer's screen ${uniqueSuffix()}`;
  const id = await createDraft(page, { language: 'English', title });
  await typeInBody(page, 'The first paragraph of the release.');
  const body = page.getByRole('textbox', { name: 'Text', exact: true });
  const titleField = page.getByLabel('Title', { exact: true });
  const panel = page.getByTestId('editor-side-panel');

  await test.step('desktop: title and text at the top, the details in a panel at their side', async () => {
    const [titleBox, bodyBox, panelBox] = [(await titleField.boundingBox())!, (await body.boundingBox())!, (await panel.boundingBox())!];
    expect(panelBox.x).toBeGreaterThanOrEqual(bodyBox.x + bodyBox.width);
    expect(Math.abs(titleBox.y - panelBox.y)).toBeLessThan(60);
    expect(titleBox.y).toBeLessThan(bodyBox.y);
    // The text starts within the first screen, not below the image, tags and summary.
    expect(bodyBox.y).toBeLessThan(page.viewportSize()!.height);
    // Every control of the narrow panel stays inside it (an input's default width once pushed
    // the tag field's button under the review panel, where no click reached it).
    for (const control of await panel.locator('input, select, textarea, button').filter({ visible: true }).all()) {
      const box = (await control.boundingBox())!;
      expect(box.x, await control.evaluate((element) => element.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(panelBox.x);
      expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x + panelBox.width + 0.5);
    }
  });

  await test.step('phone: the text editor above every field of the panel', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const bodyBox = (await body.boundingBox())!;
    for (const field of [page.getByLabel('Summary'), page.getByRole('group', { name: 'Featured image' }), page.getByLabel('Slug (web address)')]) {
      expect((await field.boundingBox())!.y).toBeGreaterThanOrEqual(bodyBox.y + bodyBox.height);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step('the toolbar: SVG icons, each with its name', async () => {
    const buttons = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button');
    for (const name of ['Bold', 'Italic', 'Quotation', 'Link']) {
      const button = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
      await expect(button.locator('svg')).toHaveCount(1);
    }
    const texts = await buttons.evaluateAll((elements) => elements.map((element) => [element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '', element.querySelector('svg') !== null, /\p{Extended_Pictographic}/u.test(element.textContent ?? '')] as const));
    for (const [label, hasIcon, hasEmoji] of texts) {
      expect(label, 'every button is named').not.toBe('');
      expect(hasIcon || label === 'Insert image', `${label} has an SVG icon`).toBe(true);
      expect(hasEmoji, `${label} uses no emoji`).toBe(false);
    }
  });

  await test.step('submitted: the writer reads why nothing can change, instead of "All changes saved"', async () => {
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(articleStatus(page)).toHaveText('In review');
    await expect(page.getByTestId('read-only-notice')).toContainText('This text is with the reviewers.');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Read:');
    await expect(page.getByTestId('save-state')).toHaveCount(0);
    await expect(titleField).not.toBeEditable();
  });

  await test.step('the reviewer approves and publishes in one step: one change, both audit entries', async () => {
    const reviewer = await openAs(browser, demoUsers.reviewer, 'en');
    await reviewer.page.goto(`/en/admin/articles/${id}`);
    const results = await new AxeBuilder({ page: reviewer.page }).analyze();
    expect(results.violations).toEqual([]);
    await reviewer.page.getByRole('button', { name: 'Approve and publish now' }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Published');
    // Live now: the editor says it holds the live text, and offers a correction instead of unpublishing.
    await expect(reviewer.page.getByTestId('editing-notice')).toContainText('This is the live text');
    await expect(reviewer.page.getByTestId('editing-notice').getByRole('button', { name: 'Start a correction' })).toBeVisible();
    const audit = queryDatabase<{ action: string; from_status: string; to_status: string }>(
      "select action, from_status, to_status from audit_log where entity_type = 'article' and entity_id = ? and action in ('article.approve', 'article.publish') order by id",
      String(id),
    );
    expect(audit).toEqual([
      { action: 'article.approve', from_status: 'in_review', to_status: 'approved' },
      { action: 'article.publish', from_status: 'approved', to_status: 'published' },
    ]);
    expect((await reviewer.page.request.get(`/en/news/${queryDatabase<{ slug: string }>('select slug from articles where id = ?', id)[0]!.slug}`)).status()).toBe(200);
    await reviewer.context.close();
  });
  await writer.context.close();
});
