/**
 * Draws the raster icons in public/ from public/favicon.svg: favicon.ico (16, 32 and 48 px, for
 * browsers and tools that ask for /favicon.ico or ignore SVG icons), apple-touch-icon.png and the
 * manifest's 192 and 512 px icons. Run once after changing the mark (`npx tsx scripts/site-icons.ts`)
 * and commit the output: the build does not redraw them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const publicDir = path.join(import.meta.dirname, '..', 'public');

async function png(svg: Buffer, size: number, opaque: boolean): Promise<Buffer> {
  const image = sharp(svg, { density: 72 * Math.ceil(size / 64) * 2 }).resize(size, size);
  // iOS fills transparent corners of a touch icon with black; an opaque white ground avoids that.
  return (opaque ? image.flatten({ background: '#ffffff' }) : image).png().toBuffer();
}

/** An ICO file holding PNG images (allowed since Windows Vista, read by every current browser). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // width (0 means 256)
    entry.writeUInt8(size % 256, 1); // height
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

const svg = await readFile(path.join(publicDir, 'favicon.svg'));
const icoImages = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(svg, size, false) })));
await writeFile(path.join(publicDir, 'favicon.ico'), ico(icoImages));
await writeFile(path.join(publicDir, 'apple-touch-icon.png'), await png(svg, 180, true));
for (const size of [192, 512]) await writeFile(path.join(publicDir, `icon-${size}.png`), await png(svg, size, false));
console.log('Wrote favicon.ico, apple-touch-icon.png, icon-192.png and icon-512.png in public/');
