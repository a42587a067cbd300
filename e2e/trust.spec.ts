import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { demoUsers } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { describePhoto, findInPicker, uploadPhoto } from './helpers/media';
import { articleStatus, createDraft, openAs, organizationWallTime, submitAndApprove, typeInBody } from './helpers/newsroom';

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const hours = (n: number) => new Date(Date.now() + n * 60 * 60 * 1000);

/** Creates an embargo link from the reviewer's editor and returns its URL. */
async function createEmbargoLink(reviewer: Page, expiresAt: Date): Promise<string> {
  const links = reviewer.getByRole('region', { name: 'Embargo links' });
  await links.getByLabel(/Expires at/).fill(organizationWallTime(expiresAt));
  await links.getByRole('button', { name: 'Create link' }).click();
  const field = links.getByLabel(/^Link \(expires/).first();
  await expect(field).toHaveValue(/\/embargo\//);
  return field.inputValue();
}

/** A partner's view of a link, as an HTTP client with no session sees it. */
async function partnerGet(request: APIRequestContext, url: string) {
  const response = await request.get(new URL(url).pathname, { maxRedirects: 0 });
  return { status: response.status(), html: await response.text() };
}

test.describe('embargo links show only reviewed text', () => {
  test.describe.configure({ timeout: 90_000 });

  test('going back to draft revokes the link in the same step: the partner sees a notice, never the rewrite', async ({ browser, request }) => {
    const title = `Ministerial statement ${unique()}`;
    const reviewed = 'The ministers agreed on the text of the declaration.';
    const writer = await openAs(browser, demoUsers.writer);
    const id = await createDraft(writer.page, { language: 'English', title });
    await typeInBody(writer.page, reviewed);
    await writer.page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(articleStatus(writer.page)).toHaveText('In review');
    const reviewer = await openAs(browser, demoUsers.reviewer);
    await reviewer.page.goto(`/en/admin/articles/${id}`);
    await reviewer.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Approved');
    const url = await createEmbargoLink(reviewer.page, hours(48));

    const before = await partnerGet(request, url);
    expect(before.status).toBe(200);
    expect(before.html).toContain(reviewed);
    const headers = (await request.get(new URL(url).pathname)).headers();
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-robots-tag']).toContain('noindex');
    expect(headers['content-security-policy']).toContain("img-src 'self'");

    // The writer pulls the approved text back and rewrites it.
    await writer.page.bringToFront();
    await writer.page.reload();
    await writer.page.getByRole('complementary').getByRole('button', { name: 'Back to draft' }).click();
    await expect(articleStatus(writer.page)).toHaveText('Draft');
    const rewrite = 'An unreviewed sentence that no partner may read.';
    await typeInBody(writer.page, rewrite, { newParagraph: true });

    const after = await partnerGet(request, url);
    expect(after.status).toBe(200);
    expect(after.html).toContain('This link no longer works');
    expect(after.html).toMatch(/<meta name="robots" content="[^"]*noindex/);
    for (const text of [title, reviewed, rewrite]) expect(after.html).not.toContain(text);

    // Revoked in the database, with the audit entry naming the step that revoked it.
    const [link] = queryDatabase<{ revoked_at: number | null }>('SELECT revoked_at FROM embargo_links WHERE article_id = ?', id);
    expect(link?.revoked_at).not.toBeNull();
    const audit = queryDatabase<{ details: string }>("SELECT details FROM audit_log WHERE entity_id = ? AND action = 'embargoLink.revokeAll'", String(id));
    expect(audit.map((entry) => JSON.parse(entry.details).reason)).toEqual(['reopen']);

    // The reviewer's panel still lists the link, marked revoked.
    await reviewer.page.bringToFront();
    await reviewer.page.reload();
    await expect(reviewer.page.getByRole('region', { name: 'Embargo links' }).getByText('Revoked', { exact: true })).toBeVisible();

    // Malformed or forged forms of the same link answer 404, never 500.
    const path = new URL(url).pathname;
    const [token, signature] = path.split('/').pop()!.split('.');
    const hostile = [
      `/en/embargo/${token}.${signature!.slice(0, -3)}`,
      `/en/embargo/${token!.slice(0, -2)}.${signature}`,
      `/en/embargo/${token}`,
      `/en/embargo/${token}.${signature}.extra`,
      `/en/embargo/${token}.${'A'.repeat(signature!.length)}`,
      '/en/embargo/%E0%A4%A',
      '/en/embargo/%ZZ.%E0',
      `/en/embargo/${token}%2E${signature}%`,
      '/en/embargo/..%2F..%2Fapi%2Fhealth',
      `/en/embargo/${'x'.repeat(5000)}.${'y'.repeat(22)}`,
    ];
    for (const candidate of hostile) {
      const response = await request.get(candidate, { maxRedirects: 0 });
      expect(response.status(), candidate).toBe(404);
    }
    await Promise.all([writer.context.close(), reviewer.context.close()]);
  });

  test('unpublishing revokes the links; an expiry beyond 30 days is refused with a message', async ({ browser, request }) => {
    const title = `Summit communiqué ${unique()}`;
    const text = 'The summit closed with a joint communiqué.';
    const writer = await openAs(browser, demoUsers.writer);
    const id = await createDraft(writer.page, { language: 'English', title });
    await typeInBody(writer.page, text);
    const reviewer = await submitAndApprove(browser, writer.page, id);
    await writer.context.close();

    const links = reviewer.page.getByRole('region', { name: 'Embargo links' });
    await links.getByLabel(/Expires at/).fill(organizationWallTime(hours(31 * 24)));
    await links.getByRole('button', { name: 'Create link' }).click();
    await expect(links.getByText('An embargo link may last at most 30 days: choose an earlier expiry.')).toBeVisible();
    expect(queryDatabase('SELECT id FROM embargo_links WHERE article_id = ?', id)).toEqual([]);
    await expect(links.getByText('At most 30 days ahead.')).toBeVisible();

    const url = await createEmbargoLink(reviewer.page, hours(29 * 24));
    expect((await partnerGet(request, url)).html).toContain(text);
    await reviewer.page.getByRole('button', { name: 'Publish' }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Published');
    expect((await partnerGet(request, url)).html).toContain(text);
    await reviewer.page.getByRole('button', { name: 'Unpublish' }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Unpublished');
    const after = await partnerGet(request, url);
    expect(after.html).toContain('This link no longer works');
    expect(after.html).not.toContain(text);
    const audit = queryDatabase<{ details: string }>("SELECT details FROM audit_log WHERE entity_id = ? AND action = 'embargoLink.revokeAll'", String(id));
    expect(audit.map((entry) => JSON.parse(entry.details).reason)).toEqual(['unpublish']);
    await reviewer.context.close();
  });
});

test.describe('image texts reach readers only through review', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a caption rewritten after approval changes neither the embargo page nor the published page; nothing loads from elsewhere', async ({ browser, request, baseURL }) => {
    const stamp = unique();
    const approved = { ar: `وزراء الخارجية في الجلسة الافتتاحية ${stamp}`, en: `Foreign ministers at the opening ${stamp}`, captionAr: `صورة جماعية للوزراء ${stamp}`, credit: `UNA / Samir Haddad ${stamp}` };
    const writer = await openAs(browser, demoUsers.writer);
    const details = await uploadPhoto(writer.page, `ministers-${stamp}.jpg`);
    await describePhoto(writer.page, details, approved);

    const id = await createDraft(writer.page, { language: 'Arabic', title: `اجتماع وزراء الخارجية ${stamp}` });
    await typeInBody(writer.page, 'اجتمع وزراء الخارجية صباح اليوم.');
    const choice = await findInPicker(writer.page, 'Choose featured image', approved.credit);
    await choice.entry.getByRole('button', { name: 'Use this image' }).click();
    await expect(writer.page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });
    const slug = await writer.page.getByLabel('Slug (web address)').inputValue();
    const reviewer = await submitAndApprove(browser, writer.page, id);
    const url = await createEmbargoLink(reviewer.page, hours(48));

    // The partner's browser: the featured image with its approved caption and credit, every request to this site.
    const partner = await browser.newContext({ locale: 'en' });
    const partnerPage = await partner.newPage();
    const origins = new Set<string>();
    partnerPage.on('request', (sent) => origins.add(new URL(sent.url()).origin));
    await partnerPage.goto(url);
    const figure = partnerPage.getByRole('article').getByRole('figure');
    await expect(figure.getByRole('img', { name: approved.ar })).toBeVisible();
    await expect(figure).toContainText(approved.captionAr);
    await expect(figure).toContainText(approved.credit);
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
    // The Arabic text reads right to left there too: the paragraph starts at its right edge.
    const body = partnerPage.getByTestId('article-body');
    await expect(body).toHaveAttribute('dir', 'rtl');
    const edges = await body.locator('p').first().evaluate((paragraph) => {
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      return { text: range.getBoundingClientRect().right, box: paragraph.getBoundingClientRect().right };
    });
    expect(Math.abs(edges.text - edges.box)).toBeLessThan(3);

    // The uploader rewrites the caption and the credit in the library.
    const rewritten = { ...approved, captionAr: `تعليق لم يراجعه أحد ${stamp}`, credit: `Fake Agency ${stamp}` };
    await describePhoto(writer.page, details, rewritten);
    await partnerPage.reload();
    await expect(figure).toContainText(approved.captionAr);
    await expect(figure).not.toContainText(rewritten.captionAr);
    await expect(figure).not.toContainText(rewritten.credit);
    await partner.close();

    // Published: readers get the approved words, not the rewrite.
    await reviewer.page.getByRole('button', { name: 'Publish' }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Published');
    const published = await request.get(`/ar/news/${encodeURIComponent(slug)}`);
    expect(published.status()).toBe(200);
    const html = await published.text();
    expect(html).toContain(approved.captionAr);
    expect(html).toContain(approved.credit);
    expect(html).not.toContain(rewritten.captionAr);
    expect(html).not.toContain(rewritten.credit);
    const frozen = queryDatabase<{ caption: string }>('SELECT caption FROM article_media_texts WHERE article_id = ?', id);
    expect(frozen.map((row) => row.caption)).toEqual([approved.captionAr]);

    // The library page tells the uploader why.
    await writer.page.goto(details);
    await expect(writer.page.getByText(/reaches a published or approved article only when that article is approved again/)).toBeVisible();
    await Promise.all([writer.context.close(), reviewer.context.close()]);
  });
});

test("a writer learns neither the title nor the tags of a colleague's draft from the library or the tag suggestions", async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = unique();
  const photo = { ar: `مقر المنظمة ${stamp}`, en: `The headquarters ${stamp}`, credit: `UNA / Rana Aziz ${stamp}` };
  const writer = await openAs(browser, demoUsers.writer);
  const details = await uploadPhoto(writer.page, `headquarters-${stamp}.jpg`);
  await describePhoto(writer.page, details, photo);

  // A reviewer drafts an unannounced visit, with a tag of its own, using the writer's photo.
  const secretTitle = `Unannounced visit of the Secretary-General ${stamp}`;
  const secretTag = `unannounced-visit-${stamp}`;
  const reviewer = await openAs(browser, demoUsers.reviewer);
  await createDraft(reviewer.page, { language: 'English', title: secretTitle });
  await reviewer.page.locator('#tag-input').fill(secretTag);
  await reviewer.page.getByRole('button', { name: 'Add tag' }).click();
  const choice = await findInPicker(reviewer.page, 'Choose featured image', photo.credit);
  await choice.entry.getByRole('button', { name: 'Use this image' }).click();
  await expect(reviewer.page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });

  // The writer's library: the use is counted, not named — in the page and in everything sent with it.
  const library = await writer.page.request.get(details);
  expect(library.status()).toBe(200);
  expect(await library.text()).not.toContain(secretTitle);
  await writer.page.goto(details);
  await expect(writer.page.getByTestId('other-uses')).toHaveText('1 article by colleagues');
  const list = await writer.page.request.get('/en/admin/media');
  expect(await list.text()).not.toContain(secretTitle);
  await writer.page.getByRole('button', { name: 'Delete image' }).click();
  await expect(writer.page.getByText('This image is used in: 1 article by colleagues. Remove it from these articles first.')).toBeVisible();

  // The writer's own editor suggests no tag of the reviewer's draft.
  const own = await createDraft(writer.page, { language: 'English', title: `Writer's note ${stamp}` });
  const editor = await writer.page.request.get(`/en/admin/articles/${own}`);
  expect(await editor.text()).not.toContain(secretTag);
  // The reviewer, who may open every draft, gets it.
  const reviewersEditor = await reviewer.page.request.get(`/en/admin/articles/${own}`);
  expect(await reviewersEditor.text()).toContain(secretTag);
  await Promise.all([writer.context.close(), reviewer.context.close()]);
});
