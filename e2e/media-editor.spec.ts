import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demoUsers } from './helpers/auth';
import { describePhoto, findInPicker, uploadPhoto } from './helpers/media';
import { articleStatus, createDraft, openAs, submitAndApprove } from './helpers/newsroom';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

// One story: the images uploaded first are used by the articles that follow.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const stamp = Date.now();
const described = { ar: `الأمين العام يلقي كلمة الافتتاح ${stamp}`, en: `The Secretary-General opens the session ${stamp}`, credit: `UNA / Leila Mansour ${stamp}` };
const englishOnly = { ar: '', en: `Flags outside the headquarters ${stamp}`, credit: `UNA / Omar Said ${stamp}` };
const laterUndescribed = { ar: `قاعة الاجتماعات الكبرى ${stamp}`, en: `The main assembly hall ${stamp}`, credit: `UNA / Hana Khalil ${stamp}` };
const details = { described: '', englishOnly: '', laterUndescribed: '' };
const published = { id: 0, title: `افتتاح الدورة بالصور ${stamp}` };

test('the library images are uploaded and described in their languages', async ({ browser }) => {
  const { context, page } = await openAs(browser, demoUsers.writer, 'en');
  details.described = await uploadPhoto(page, `opening-${stamp}.jpg`);
  details.englishOnly = await uploadPhoto(page, `flags-${stamp}.jpg`);
  details.laterUndescribed = await uploadPhoto(page, `hall-${stamp}.jpg`);
  await describePhoto(page, details.described, described);
  await describePhoto(page, details.englishOnly, englishOnly);
  await describePhoto(page, details.laterUndescribed, laterUndescribed);
  await context.close();
});

test('a writer puts a library image in the body and as the featured image; once published, the public page shows it responsive, with its Arabic alt text and credit', async ({ browser }) => {
  const writer = await openAs(browser, demoUsers.writer, 'en');
  const page = writer.page;
  published.id = await createDraft(page, { language: 'Arabic', title: published.title });

  const body = page.getByRole('textbox', { name: 'Text', exact: true });
  await body.click();
  await page.keyboard.insertText('افتتحت الدورة صباح اليوم.');

  // An image without Arabic alt text is shown but cannot be chosen for an Arabic article.
  const flags = await findInPicker(page, 'Insert image', englishOnly.credit);
  await expect(flags.entry).toContainText('Needs alt text in العربية before it can be used');
  await expect(flags.entry.getByRole('button', { name: 'Use this image' })).toHaveCount(0);
  await expect(flags.entry.getByRole('link', { name: 'Add alt text' })).toHaveAttribute('href', details.englishOnly);
  await flags.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(flags.dialog).toBeHidden();

  const opening = await findInPicker(page, 'Insert image', described.credit);
  await opening.entry.getByRole('button', { name: 'Use this image' }).click();
  await expect(opening.dialog).toBeHidden();
  await expect(body.getByRole('img', { name: described.ar })).toBeVisible();

  const featured = page.getByRole('group', { name: 'Featured image' });
  await expect(featured).toContainText('No featured image yet.');
  const choice = await findInPicker(page, 'Choose featured image', described.credit);
  await expectNoAxeViolations(page);
  await choice.entry.getByRole('button', { name: 'Use this image' }).click();
  await expect(featured.getByRole('img', { name: described.ar })).toBeVisible();
  await expect(featured.getByTestId('featured-alt')).toHaveText(described.ar);
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });
  await expectNoAxeViolations(page);

  // Saved with the article: a fresh load shows it again.
  await page.reload();
  await expect(featured.getByRole('img', { name: described.ar })).toBeVisible();
  await expect(featured.getByRole('button', { name: 'Change featured image' })).toBeVisible();
  const slug = await page.getByLabel('Slug (web address)').inputValue();

  const reviewer = await submitAndApprove(browser, page, published.id);
  await reviewer.page.getByRole('button', { name: 'Publish' }).click();
  await expect(articleStatus(reviewer.page)).toHaveText('Published');

  const publicPage = reviewer.page;
  await publicPage.goto(`/ar/news/${encodeURIComponent(slug)}`);
  const images = publicPage.getByRole('article').getByRole('img', { name: described.ar });
  await expect(images).toHaveCount(2);
  for (const image of await images.all()) {
    await expect(image).toHaveAttribute('srcset', /\/media\/[0-9a-f]{64}\/\d+\.webp \d+w/);
    await expect(image).toHaveAttribute('width', '1600');
    await expect(image).toHaveAttribute('height', '1000');
  }
  await expect(publicPage.getByRole('article').getByText(`تصوير: ${described.credit}`)).toHaveCount(2);
  await Promise.all([writer.context.close(), reviewer.context.close()]);
});

test('the library lists where an image is used, links to the editor, and refuses to delete it', async ({ browser }) => {
  const { context, page } = await openAs(browser, demoUsers.writer, 'en');
  await page.goto(details.described);
  const usage = page.getByRole('link', { name: published.title });
  await expect(usage).toHaveAttribute('href', `/en/admin/articles/${published.id}`);
  await page.getByRole('button', { name: 'Delete image' }).click();
  await expect(page.getByText(`This image is used in: «${published.title}» (العربية).`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Image \d+$/ })).toBeVisible();
  await usage.click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/articles/${published.id}$`));
  await context.close();
});

test('publishing is refused, naming the image, while the featured image has lost its Arabic alt text', async ({ browser }) => {
  const writer = await openAs(browser, demoUsers.writer, 'en');
  const page = writer.page;
  const id = await createDraft(page, { language: 'Arabic', title: `القاعة الكبرى بعد الترميم ${stamp}` });
  const choice = await findInPicker(page, 'Choose featured image', laterUndescribed.credit);
  await choice.entry.getByRole('button', { name: 'Use this image' }).click();
  await expect(page.getByRole('group', { name: 'Featured image' }).getByRole('img', { name: laterUndescribed.ar })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 15_000 });

  // Someone clears the Arabic description in the library after the image was chosen.
  const library = await writer.context.newPage();
  await describePhoto(library, details.laterUndescribed, { ...laterUndescribed, ar: '' });
  await library.close();

  await page.reload();
  await expect(page.getByRole('group', { name: 'Featured image' })).toContainText('This image has no alt text in العربية: it must be described before publishing.');

  const reviewer = await submitAndApprove(browser, page, id);
  await reviewer.page.getByRole('button', { name: 'Publish' }).click();
  await expect(reviewer.page.getByText(`Add alt text in العربية to these images before publishing: «\u2068${laterUndescribed.en}\u2069».`)).toBeVisible();
  await expect(articleStatus(reviewer.page)).toHaveText('Approved');
  await Promise.all([writer.context.close(), reviewer.context.close()]);
});
