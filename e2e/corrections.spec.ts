import AxeBuilder from '@axe-core/playwright';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { demoUsers } from './helpers/auth';
import { queryDatabase } from './helpers/database';
import { articleStatus, createDraft, openAs, organizationTimeZone, organizationWallTime, submitAndApprove, typeInBody } from './helpers/newsroom';

/**
 * Issue #15, items 1, 5 and 6, as a reviewer walks through them: a correction of a live release
 * (the live text stays online until the correction is approved with a note), expiry at a set time,
 * withdrawal (410 Gone), and a draft preview link for someone without an account.
 */
test('a live release is corrected, expires on time and is withdrawn; a draft is shared by a preview link and revoked', async ({ browser, request }) => {
  // Generous for a loaded 2-core machine; about a minute of work when it is idle.
  test.setTimeout(300_000);
  const stamp = Date.now();
  const marker = `Qorrect${stamp}`;
  const title = `${marker} summit statement`;
  const writer = await openAs(browser, demoUsers.writer);
  const id = await createDraft(writer.page, { language: 'English', title });
  await typeInBody(writer.page, 'The summit gathered 120 delegates.');
  const reviewer = await submitAndApprove(browser, writer.page, id);
  await reviewer.page.getByRole('button', { name: 'Publish' }).click();
  await expect(articleStatus(reviewer.page)).toHaveText('Published');
  const slug = queryDatabase<{ slug: string }>('SELECT slug FROM articles WHERE id = ?', id)[0]!.slug;
  const address = `/en/news/${encodeURIComponent(slug)}`;
  const publicPage = async () => (await request.get(address)).text();

  await test.step('the writer corrects the live release; it stays live with its old text', async () => {
    await writer.page.reload();
    await expect(writer.page.getByTestId('editing-notice')).toContainText('This is the live text');
    await writer.page.getByRole('button', { name: 'Start a correction' }).click();
    await expect(writer.page.getByTestId('editing-notice')).toContainText('You are editing the pending correction, not the live text');
    await typeInBody(writer.page, ' A later count found 210 delegates.');
    await writer.page.getByRole('button', { name: 'Submit the correction' }).click();
    await expect(writer.page.getByTestId('editing-notice')).toContainText('pending (in review)');
    const live = await publicPage();
    expect(live).toContain('120 delegates');
    expect(live).not.toContain('210 delegates');
  });

  await test.step('the history shows which revision is live and which is pending', async () => {
    await reviewer.page.goto(`/en/admin/articles/${id}/history`);
    const states = reviewer.page.getByTestId('revision-state');
    await expect(states.filter({ hasText: 'Pending correction' })).toHaveCount(1);
    await expect(states.filter({ hasText: 'Live' })).toHaveCount(1);
  });

  await test.step('the reviewer approves with a correction note; the public page shows the new text and the note', async () => {
    await reviewer.page.goto(`/en/admin/articles/${id}`);
    await expect(reviewer.page.getByTestId('editing-notice')).toContainText('pending (in review)');
    expect((await new AxeBuilder({ page: reviewer.page }).include('[data-testid="editing-notice"]').include('section[aria-labelledby="correction-review-heading"]').analyze()).violations).toEqual([]);
    await reviewer.page.getByRole('button', { name: 'Approve the correction' }).click();
    await expect(reviewer.page.getByText('Choose what readers are told')).toBeVisible();
    await reviewer.page.getByLabel('A correction note at the end of the article').check();
    await reviewer.page.getByLabel('Correction note (in English, shown to readers)').fill('An earlier version gave the wrong number of delegates.');
    await reviewer.page.getByRole('button', { name: 'Approve the correction' }).click();
    await expect(reviewer.page.getByTestId('editing-notice')).toContainText('This is the live text');

    const html = await publicPage();
    expect(html).toContain('210 delegates');
    expect(html).toContain('An earlier version gave the wrong number of delegates.');
    expect(html).toContain('Updated on');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as { datePublished: string; dateModified: string };
    expect(new Date(jsonLd.dateModified).getTime()).toBeGreaterThan(new Date(jsonLd.datePublished).getTime());
    expect(await (await request.get('/en/feed.xml')).text()).toContain('210 delegates');

    await reviewer.page.goto(`/en/admin/articles/${id}/history`);
    await expect(reviewer.page.getByTestId('revision').first()).toContainText('Correction went live');
    await expect(reviewer.page.getByTestId('revision').first().getByTestId('revision-state')).toHaveText('Live');
  });

  // Leaves the site 30 s from now; the preview link is tried meanwhile.
  const expiresAt = new Date(Math.ceil((Date.now() + 30_000) / 1000) * 1000);
  await test.step('the reviewer sets an expiry time', async () => {
    await reviewer.page.goto(`/en/admin/articles/${id}`);
    await reviewer.page.getByLabel(`Unpublish automatically at (${organizationTimeZone})`).fill(organizationWallTime(expiresAt));
    await reviewer.page.getByRole('button', { name: 'Save expiry' }).click();
    await expect(reviewer.page.getByTestId('expiry')).toContainText('Leaves the site on');
    expect((await request.get(address)).status()).toBe(200);
  });

  await test.step('a draft preview link works without an account, is noindex and never stored; revoked, it is refused', async () => {
    const draftId = await createDraft(writer.page, { language: 'English', title: `${marker} draft` });
    await typeInBody(writer.page, 'Draft wording for the partners to read.');
    const panel = writer.page.getByTestId('preview-links');
    await panel.getByLabel(`Expires at (${organizationTimeZone})`).fill(organizationWallTime(new Date(Date.now() + 2 * 24 * 60 * 60 * 1000)));
    await panel.getByRole('button', { name: 'Create preview link' }).click();
    const url = await panel.getByRole('textbox', { name: /Preview link/ }).inputValue();
    const outsider = await playwrightRequest.newContext();
    const shown = await outsider.get(url);
    expect(shown.status()).toBe(200);
    expect(shown.headers()['x-robots-tag']).toContain('noindex');
    expect(shown.headers()['cache-control']).toContain('no-store');
    const text = await shown.text();
    expect(text).toContain('Draft — not for publication');
    expect(text).toContain('Draft wording for the partners to read.');
    expect(text).toMatch(/<meta name="robots" content="noindex/);
    // A forged signature, or the token moved to the embargo page, is not found.
    expect((await outsider.get(url.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')))).status()).toBe(404);
    expect((await outsider.get(url.replace('/draft/', '/embargo/'))).status()).toBe(404);

    await panel.getByRole('button', { name: 'Revoke' }).click();
    await expect(panel.getByText('Revoked', { exact: true })).toBeVisible();
    const refused = await (await outsider.get(url)).text();
    expect(refused).toContain('The preview link has been revoked.');
    expect(refused).not.toContain('Draft wording for the partners');
    await outsider.dispose();
    const audit = queryDatabase<{ action: string }>("SELECT action FROM audit_log WHERE entity_id = ? AND action LIKE 'previewLink.%'", String(draftId)).map((row) => row.action);
    expect(audit).toEqual(['previewLink.create', 'previewLink.revoke']);
  });

  await test.step('just after its expiry time the release is gone from its page, the home page, search and the feed', async () => {
    await expect.poll(() => Date.now(), { timeout: 40_000 }).toBeGreaterThan(expiresAt.getTime());
    expect((await request.get(address)).status()).toBe(404);
    expect(await (await request.get('/en')).text()).not.toContain(marker);
    expect(await (await request.get(`/en/search?q=${marker}`)).text()).not.toContain(`${marker} summit`);
    expect(await (await request.get('/en/feed.xml')).text()).not.toContain(marker);
  });

  await test.step('withdrawn, its address answers 410 Gone with the notice and the reason, and the withdrawal is audited', async () => {
    await reviewer.page.goto(`/en/admin/articles/${id}`);
    await reviewer.page.getByLabel('Reason shown to readers (optional, in English)').fill('Withdrawn at the request of a court.');
    await reviewer.page.getByLabel('I understand that this takes the release down for everyone now.').check();
    await reviewer.page.getByRole('button', { name: 'Withdraw this release' }).click();
    await expect(articleStatus(reviewer.page)).toHaveText('Withdrawn');
    const gone = await request.get(address);
    expect(gone.status()).toBe(410);
    const notice = await gone.text();
    expect(notice).toContain('This release has been withdrawn');
    expect(notice).toContain('Reason: Withdrawn at the request of a court.');
    expect(notice).toContain('<html lang="en" dir="ltr">');
    const audit = queryDatabase<{ details: string }>("SELECT details FROM audit_log WHERE entity_id = ? AND action = 'article.withdraw'", String(id));
    expect(audit.map((row) => JSON.parse(row.details) as { reason: string })).toEqual([{ reason: 'Withdrawn at the request of a court.' }]);
  });

  await writer.context.close();
  await reviewer.context.close();
});
