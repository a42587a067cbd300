import { expect, type Page, test } from '@playwright/test';
import { pwnedFlag } from '../lib/testing/hostile-inputs';
import { demoUsers } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { uniquePhoto } from './helpers/media';
import { formOf, openAs, organizationWallTime } from './helpers/newsroom';
import { buildActions, callAction } from './helpers/server-actions';
import { uniqueSuffix } from './helpers/users';

const alertRun = `window.${pwnedFlag}=1;alert(1)`;

/** A representative set of the corpus (lib/testing/hostile-inputs.ts), in the fields that accept them. */
const payloads = {
  title: `<img src=x onerror="${alertRun}"> Hostile`,
  summary: `<script>${alertRun}</script><svg onload="${alertRun}">`,
  tag: `"><details open ontoggle="${alertRun}">`,
  datelineCity: `'-${alertRun}-'`,
  source: `<math><mtext><table><mglyph><style><img src=x onerror="${alertRun}">`,
  paragraph: `</textarea><script>${alertRun}</script><iframe srcdoc="<script>parent.${pwnedFlag}=1</script>"></iframe>`,
  quotation: 'قال\u202E الوزير: &lt;script&gt;alert(1)&lt;/script&gt;',
  comment: `<img src=x onerror="${alertRun}"> {{constructor.constructor('${alertRun}')()}}`,
  query: `"unbalanced <script>${alertRun}</script> NEAR(a b) constructor`,
};

/** Whatever a page ran or grew from the payloads: dialogs, the flag, elements with handlers or from the payloads. */
async function expectNothingRan(page: Page, dialogs: string[], where: string) {
  expect(dialogs, `${where}: no dialog`).toEqual([]);
  const found = await page.evaluate((flag) => {
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `${element.tagName} ${attribute.name}`),
    );
    const injected = [...document.querySelectorAll('img[src="x"], iframe[srcdoc], details[ontoggle], math, mglyph, svg[onload]')].map((element) => element.outerHTML.slice(0, 80));
    return { ran: (window as unknown as Record<string, unknown>)[flag] !== undefined, handlers, injected };
  }, pwnedFlag);
  expect(found, where).toEqual({ ran: false, handlers: [], injected: [] });
}

test('hostile text stored through the actions runs on no page that shows it', async ({ browser }) => {
  test.setTimeout(150_000);
  const actions = new Map(buildActions().map((action) => [action.exportedName, action]));
  const origin = test.info().project.use.baseURL!;
  const marker = `zq${uniqueSuffix()}`;

  // The writer drafts through the same actions the editor calls, then submits.
  const writer = await openAs(browser, demoUsers.writer);
  const create = await callAction(writer.page.request, origin, actions.get('createArticleAction')!, [null, formOf({ locale: 'en', title: `${payloads.title} ${marker}` })]);
  const id = Number(/\/admin\/articles\/(\d+)/.exec(create.redirect ?? '')?.[1]);
  expect(id).toBeGreaterThan(0);
  const body = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: `${payloads.paragraph} ${marker}` }] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: payloads.quotation }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Source', marks: [{ type: 'link', attrs: { href: 'https://example.org/', onclick: alertRun } }] }] },
    ],
  };
  const [stored] = queryDatabase<{ version: number }>('SELECT version FROM articles WHERE id = ?', id);
  const fields = { title: `${payloads.title} ${marker}`, slug: '', summary: payloads.summary, datelineCity: payloads.datelineCity, source: payloads.source, categoryId: null, tags: [payloads.tag], publishAt: '', featuredMediaId: null, body };
  const save = await callAction(writer.page.request, origin, actions.get('saveArticleAction')!, [{ id, baseVersion: stored!.version, kind: 'save', fields }], { id });
  expect(save.result).toMatchObject({ ok: true });
  const comment = await callAction(writer.page.request, origin, actions.get('addCommentAction')!, [{ id, body: payloads.comment, quote: payloads.summary }], { id });
  expect(comment.result).toMatchObject({ ok: true });
  expect((await callAction(writer.page.request, origin, actions.get('transitionAction')!, [{ id, action: 'submit' }], { id })).result).toMatchObject({ ok: true });

  const reviewer = await openAs(browser, demoUsers.reviewer);
  const dialogs: string[] = [];
  reviewer.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const step of ['approve', 'publish']) {
    expect((await callAction(reviewer.page.request, origin, actions.get('transitionAction')!, [{ id, action: step }], { id })).result, step).toMatchObject({ ok: true });
  }
  const link = await callAction(reviewer.page.request, origin, actions.get('createEmbargoLinkAction')!, [{ id, expiresAt: organizationWallTime(new Date(Date.now() + 86_400_000)) }], { id });
  expect(link.result).toMatchObject({ ok: true });

  await test.step('editor', async () => {
    await reviewer.page.goto(`/en/admin/articles/${id}`);
    await expect(reviewer.page.getByRole('textbox', { name: 'Text', exact: true })).toContainText(marker);
    await expect(reviewer.page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(`${payloads.title} ${marker}`);
    await expect(reviewer.page.getByText(payloads.comment)).toBeVisible();
    await expectNothingRan(reviewer.page, dialogs, 'editor');
  });
  await test.step('preview', async () => {
    await reviewer.page.goto(`/en/admin/articles/${id}/preview`);
    await expect(reviewer.page.getByTestId('article-body')).toContainText(marker);
    await expectNothingRan(reviewer.page, dialogs, 'preview');
  });
  await test.step('history', async () => {
    await reviewer.page.goto(`/en/admin/articles/${id}/history`);
    await expect(reviewer.page.getByText(marker).first()).toBeVisible();
    await expectNothingRan(reviewer.page, dialogs, 'history');
  });
  await test.step('embargo link', async () => {
    await reviewer.page.goto(`/en/admin/articles/${id}`);
    const address = reviewer.page.getByRole('textbox', { name: /^Link \(expires/ }).first();
    await expect(address).toHaveValue(/\/en\/embargo\//);
    await reviewer.page.goto(await address.inputValue());
    await expect(reviewer.page.getByText(marker).first()).toBeVisible();
    await expectNothingRan(reviewer.page, dialogs, 'embargo link');
  });
  await test.step('public article', async () => {
    const [published] = queryDatabase<{ slug: string }>('SELECT slug FROM articles WHERE id = ?', id);
    await reviewer.page.goto(`/en/news/${published!.slug}`);
    await expect(reviewer.page.getByRole('heading', { level: 1 })).toHaveText(`${payloads.title} ${marker}`);
    await expectNothingRan(reviewer.page, dialogs, 'public article');
    // The summary shows where readers meet the release in a list: the home page's newest news.
    await reviewer.page.goto('/en');
    await expect(reviewer.page.getByText(payloads.summary).first()).toBeVisible();
    await expectNothingRan(reviewer.page, dialogs, 'home page');
  });
  await test.step('search', async () => {
    await reviewer.page.goto(`/en/search?q=${encodeURIComponent(marker)}`);
    await expect(reviewer.page.getByRole('link', { name: new RegExp(marker) })).toBeVisible();
    await expectNothingRan(reviewer.page, dialogs, 'search results');
    const answer = await reviewer.page.goto(`/en/search?q=${encodeURIComponent(payloads.query)}`);
    expect(answer?.status()).toBe(200);
    await expectNothingRan(reviewer.page, dialogs, 'search for syntax');
  });
  await test.step('upload file name', async () => {
    const upload = await writer.page.request.post('/api/media?locale=en', {
      multipart: { file: { name: `../../${payloads.title}\u202E${marker}.jpg`, mimeType: 'image/jpeg', buffer: await uniquePhoto(40, 30) } },
    });
    expect(upload.status()).toBe(201);
    const { image } = (await upload.json()) as { image: { id: number } };
    // The name is never read: the library names an image by its content's hash.
    expect(JSON.stringify(queryDatabase('SELECT * FROM media WHERE id = ?', image.id))).not.toContain(marker);
    await reviewer.page.goto(`/en/admin/media/${image.id}`);
    await expectNothingRan(reviewer.page, dialogs, 'library image');
  });
  await test.step('audit log', async () => {
    const admin = await openAs(browser, demoUsers.admin);
    admin.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await admin.page.goto(`/en/admin/audit?action=${encodeURIComponent(payloads.tag)}&actor=${encodeURIComponent("' OR '1'='1")}`);
    await expect(admin.page.getByRole('heading', { level: 1 })).toBeVisible();
    // A person named with markup (names refuse only invisible controls): the audit log lists people by name.
    const named = await callAction(admin.page.request, origin, actions.get('createUserAction')!, [null, formOf({ name: `${payloads.title} ${marker}`, email: `e2e-${marker}@example.org`, role: 'writer', password: `temporary-${marker}` })]);
    expect(named.result).toMatchObject({ ok: true });
    await admin.page.goto('/en/admin/audit');
    await expect(admin.page.getByRole('table')).toContainText(`Article #${id}`);
    await expect(admin.page.getByLabel('Person').locator('option').filter({ hasText: marker })).toHaveCount(1);
    await expectNothingRan(admin.page, dialogs, 'audit log');
    await admin.context.close();
  });
  await writer.context.close();
  await reviewer.context.close();
});
