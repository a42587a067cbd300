import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';

/** A photo no other run has uploaded (random colour), so the library never answers "already there". */
export async function uniquePhoto(width: number, height: number): Promise<Buffer> {
  const channel = () => Math.floor(Math.random() * 256);
  return sharp({ create: { width, height, channels: 3, background: { r: channel(), g: channel(), b: channel() } } })
    .jpeg()
    .toBuffer();
}

/** Uploads one photo through the library (English UI) and returns its details page. */
export async function uploadPhoto(page: Page, name: string): Promise<string> {
  await page.goto('/en/admin/media');
  await page.getByLabel('Choose files').setInputFiles([{ name, mimeType: 'image/jpeg', buffer: await uniquePhoto(1600, 1000) }]);
  const uploads = page.getByRole('list', { name: 'Uploads' });
  await expect(uploads.getByRole('listitem').filter({ hasText: name })).toContainText('Uploaded.', { timeout: 30_000 });
  const details = uploads.getByRole('link', { name: `Add alt text and credit for ${name}` });
  await expect(details).toHaveAttribute('href', /^\/en\/admin\/media\/\d+$/);
  return (await details.getAttribute('href'))!;
}

/** Writes the alt texts (empty for "none"), the Arabic caption if given, and the credit of a library image. */
export async function describePhoto(page: Page, details: string, { ar, en, credit, captionAr }: { ar: string; en: string; credit: string; captionAr?: string }) {
  await page.goto(details);
  const arabic = page.getByRole('group', { name: 'Text in العربية' });
  await arabic.getByLabel('Alt text').fill(ar);
  if (captionAr !== undefined) await arabic.getByLabel('Caption').fill(captionAr);
  await page.getByRole('group', { name: 'Text in English' }).getByLabel('Alt text').fill(en);
  await page.getByLabel('Credit (photographer or agency)').fill(credit);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Details saved.')).toBeVisible();
}

/** Opens a picker by its button, finds the image by its credit and returns its entry in the dialog. */
export async function findInPicker(page: Page, button: string, credit: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: 'Media library' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Search images').fill(credit);
  const entry = dialog.getByRole('listitem');
  await expect(entry).toHaveCount(1);
  return { dialog, entry };
}
