import AxeBuilder from '@axe-core/playwright';
import { type APIResponse, expect, type Page, request, test } from '@playwright/test';
import sharp from 'sharp';
import { demoUsers, signInAs } from './helpers/auth';

/** A photo no other run has uploaded (random colour), so the library never answers "already there". */
async function uniquePhoto(width: number, height: number): Promise<Buffer> {
  const channel = () => Math.floor(Math.random() * 256);
  return sharp({ create: { width, height, channels: 3, background: { r: channel(), g: channel(), b: channel() } } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Field photographer' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 32/1 0/1' } })
    .toBuffer();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Fetches a public file on a fresh connection: files need no session, and a pooled keep-alive
 * socket the server has just closed would fail the request with ECONNRESET.
 */
async function getFile(baseURL: string | undefined, path: string): Promise<{ response: APIResponse; body: Buffer }> {
  const context = await request.newContext({ baseURL });
  try {
    const response = await context.get(path);
    return { response, body: await response.body() };
  } finally {
    await context.dispose();
  }
}

// One story, step by step: each test builds on the images the previous one uploaded.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const altAr = `وفد المنظمة في قاعة المؤتمر ${Date.now()}`;
const altEn = 'The organization’s delegation in the conference hall';
const credit = `UNA / Samir Haddad ${Date.now()}`;
let delegationDetails = '';
let hallDetails = '';

test('signed-out visitors are sent to sign in, then back to the library', async ({ page }) => {
  const response = await page.request.get('/en/admin/media', { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()['location']).toContain('/en/login?callbackUrl=%2Fen%2Fadmin%2Fmedia');
});

test('a writer uploads two photos with progress; a bad file gets its reason and the good ones still land', async ({ page }) => {
  await signInAs(page, demoUsers.writer);
  await page.goto('/en/admin/media');
  await expect(page.getByRole('heading', { level: 1, name: 'Media library' })).toBeVisible();

  await page.getByLabel('Choose files').setInputFiles([
    { name: 'delegation.jpg', mimeType: 'image/jpeg', buffer: await uniquePhoto(1800, 1200) },
    // A text file wearing an image's name and type.
    { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('Minutes of the meeting, not a picture.\n') },
    { name: 'hall.jpg', mimeType: 'image/jpeg', buffer: await uniquePhoto(800, 600) },
  ]);

  const uploads = page.getByRole('list', { name: 'Uploads' });
  for (const name of ['delegation.jpg', 'hall.jpg']) {
    await expect(uploads.getByRole('progressbar', { name: `Upload progress of ${name}` })).toHaveAttribute('value', '100', { timeout: 30_000 });
    await expect(uploads.getByRole('listitem').filter({ hasText: name })).toContainText('Uploaded.');
  }
  await expect(uploads.getByRole('progressbar', { name: 'Upload progress of notes.png' })).toBeVisible();
  await expect(uploads.getByRole('listitem').filter({ hasText: 'notes.png' })).toContainText('Refused: this file is not an image.');

  delegationDetails = (await uploads.getByRole('link', { name: 'Add alt text and credit for delegation.jpg' }).getAttribute('href')) ?? '';
  hallDetails = (await uploads.getByRole('link', { name: 'Add alt text and credit for hall.jpg' }).getAttribute('href')) ?? '';
  expect(delegationDetails).toMatch(/^\/en\/admin\/media\/\d+$/);
  expect(hallDetails).toMatch(/^\/en\/admin\/media\/\d+$/);
  await expectNoAxeViolations(page);
});

test('alt text in Arabic and English, caption and credit are saved, each field in its language', async ({ page }) => {
  await signInAs(page, demoUsers.writer);
  await page.goto(delegationDetails);
  await expect(page.getByRole('heading', { level: 1, name: /^Image \d+$/ })).toBeVisible();
  const arabic = page.getByRole('group', { name: 'Text in العربية' });
  await expect(arabic.getByLabel('Alt text')).toHaveAttribute('dir', 'rtl');
  await expect(arabic.getByLabel('Alt text')).toHaveAttribute('lang', 'ar');
  await arabic.getByLabel('Alt text').fill(altAr);
  await arabic.getByLabel('Caption').fill('افتتاح الدورة في الرباط');
  await page.getByRole('group', { name: 'Text in English' }).getByLabel('Alt text').fill(altEn);
  await page.getByLabel('Credit (photographer or agency)').fill(credit);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Details saved.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(arabic.getByLabel('Alt text')).toHaveValue(altAr);
  await expect(page.getByLabel('Credit (photographer or agency)')).toHaveValue(credit);
});

test('stored files are hash-named, metadata-free, immutable, typed and never sniffed; odd names are 404', async ({ page, baseURL }) => {
  await signInAs(page, demoUsers.writer);
  // The Arabic interface shows the Arabic alt text.
  await page.goto(delegationDetails.replace('/en/', '/ar/'));
  const preview = page.getByRole('img', { name: altAr });
  await expect(preview).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}\/1600\.webp$/);
  const src = (await preview.getAttribute('src'))!;

  const file = await getFile(baseURL, src);
  expect(file.response.status()).toBe(200);
  expect(file.response.headers()['content-type']).toBe('image/webp');
  expect(file.response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(file.response.headers()['x-content-type-options']).toBe('nosniff');
  const stored = await sharp(file.body).metadata();
  expect([stored.format, stored.width, stored.height, stored.exif]).toEqual(['webp', 1600, 1067, undefined]);

  const hash = src.split('/')[2];
  const original = await getFile(baseURL, `/media/${hash}/original.jpg`);
  expect(original.response.headers()['content-type']).toBe('image/jpeg');
  expect(original.body.includes(Buffer.from('Field photographer'))).toBe(false);
  for (const bad of [`/media/${hash}/original.svg`, `/media/${hash}/..%2F..%2Fpackage.json`, '/media/..%2F..%2Fdata/480.webp', `/media/${hash}/7.webp`]) {
    expect((await getFile(baseURL, bad)).response.status(), bad).toBe(404);
  }
});

test('the library finds the photo by its Arabic alt text or its credit and shows what is described', async ({ page }) => {
  await signInAs(page, demoUsers.writer);
  await page.goto(`/en/admin/media?q=${encodeURIComponent(altAr)}`);
  await expect(page.getByText('1 image', { exact: true })).toBeVisible();
  const card = page.getByRole('article');
  await expect(card.getByRole('list', { name: 'Alt text' })).toContainText('العربية: written');
  await expect(card.getByRole('list', { name: 'Alt text' })).toContainText('English: written');
  await expect(card.getByRole('list', { name: 'Alt text' })).toContainText('Français: missing');
  await expect(card).toContainText(`Credit: ${credit}`);
  await expect(card).toContainText('Not used in any article');

  // In the English interface, the thumbnail speaks English.
  await page.goto(`/en/admin/media?q=${encodeURIComponent(credit)}&filter=unused`);
  await expect(page.getByRole('img', { name: altEn })).toBeVisible();
});

test('an upload posted from another site is refused even with a session', async ({ page }) => {
  await signInAs(page, demoUsers.writer);
  const response = await page.request.post('/api/media?locale=en', {
    headers: { Origin: 'https://attacker.example' },
    multipart: { file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: await uniquePhoto(64, 64) } },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ ok: false, message: 'You do not have permission to upload images.' });
});

test('an unused photo can be deleted, and its files go with it', async ({ page, baseURL }) => {
  await signInAs(page, demoUsers.writer);
  await page.goto(hallDetails);
  // Not described yet, so the preview is decorative (alt=""): it has no img role to find it by.
  const preview = page.locator('main img');
  await expect(preview).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}\/800\.webp$/);
  const src = (await preview.getAttribute('src'))!;
  await page.getByRole('button', { name: 'Delete image' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/media\?deleted=\d+$/);
  await expect(page.getByRole('status').filter({ hasText: 'Image deleted.' })).toBeVisible();
  expect((await getFile(baseURL, src)).response.status()).toBe(404);
});

test('an administrator lowers the upload limit; a larger file is refused with the limit named', async ({ page }) => {
  await signInAs(page, demoUsers.admin);
  await page.goto('/en/admin/media');
  await page.getByLabel('Largest file accepted (MB)').fill('1');
  await page.getByRole('button', { name: 'Save limit' }).click();
  await expect(page.getByText('Uploads are now limited to 1 MB per file.')).toBeVisible();
  try {
    await page.reload();
    await expect(page.getByText(/up to 1 MB each/)).toBeVisible();
    // Noise does not compress: about 1.4 MB.
    const noisy = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
    expect(noisy.length).toBeGreaterThan(1024 * 1024);
    await page.getByLabel('Choose files').setInputFiles([{ name: 'poster.png', mimeType: 'image/png', buffer: noisy }]);
    await expect(page.getByRole('list', { name: 'Uploads' }).getByRole('listitem').filter({ hasText: 'poster.png' })).toContainText('Refused: the file is larger than 1 MB.');
  } finally {
    await page.getByLabel('Largest file accepted (MB)').fill('10');
    await page.getByRole('button', { name: 'Save limit' }).click();
    await expect(page.getByText('Uploads are now limited to 10 MB per file.')).toBeVisible();
  }
});
