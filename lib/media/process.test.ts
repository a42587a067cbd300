import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectImageType } from './detect';
import { defaultMaxPixels, processUpload, widthsFor } from './process';

const limits = { maxBytes: 10 * 1024 * 1024, maxPixels: defaultMaxPixels };

const photo = (width = 1200, height = 800) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } });

/** A PNG declaring `width` × `height` whose compressed data holds one row: a decompression bomb's shape. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1 + 3 * width))), chunk('IEND', Buffer.alloc(0))]);
}

describe('type detection by content', () => {
  it('recognises a PNG whatever its name says (a PNG renamed .jpg is still a PNG)', async () => {
    const png = await photo(40, 30).png().toBuffer();
    expect(detectImageType(png)).toEqual({ kind: 'accepted', format: 'png' });
    const result = await processUpload(png, limits);
    expect(result.ok && result.image.mimeType).toBe('image/png');
  });

  it('recognises JPEG, WebP and AVIF', async () => {
    expect(detectImageType(await photo(40, 30).jpeg().toBuffer())).toEqual({ kind: 'accepted', format: 'jpeg' });
    expect(detectImageType(await photo(40, 30).webp().toBuffer())).toEqual({ kind: 'accepted', format: 'webp' });
    expect(detectImageType(await photo(40, 30).avif({ effort: 0 }).toBuffer())).toEqual({ kind: 'accepted', format: 'avif' });
  });

  it('refuses a text file renamed .png as not an image', async () => {
    const text = Buffer.from('Communiqué de presse\nNot a picture at all.\n');
    expect(await processUpload(text, limits)).toEqual({ ok: false, rejection: { code: 'not_image' } });
  });

  it('refuses an SVG carrying a script as an unsupported (scriptable) type', async () => {
    const svg = Buffer.from('\uFEFF  <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await processUpload(svg, limits)).toEqual({ ok: false, rejection: { code: 'unsupported_type', label: 'SVG/HTML' } });
  });

  it('refuses a GIF as unsupported', async () => {
    const gif = await photo(10, 10).gif().toBuffer();
    expect(await processUpload(gif, limits)).toEqual({ ok: false, rejection: { code: 'unsupported_type', label: 'GIF' } });
  });

  it('refuses a truncated JPEG as corrupted', async () => {
    const jpeg = await photo(600, 400).jpeg({ quality: 90 }).toBuffer();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect(await processUpload(truncated, limits)).toEqual({ ok: false, rejection: { code: 'corrupted' } });
  });

  it('refuses a PNG with the right magic bytes but garbage after them as corrupted', async () => {
    const garbage = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('garbage garbage garbage')]);
    expect(await processUpload(garbage, limits)).toEqual({ ok: false, rejection: { code: 'corrupted' } });
  });

  it('refuses a 20,000 × 20,000 pixel bomb before decoding it', async () => {
    const bomb = pngHeader(20_000, 20_000);
    expect(bomb.length).toBeLessThan(1000);
    expect(await processUpload(bomb, limits)).toEqual({
      ok: false,
      rejection: { code: 'too_many_pixels', width: 20_000, height: 20_000, maxPixels: defaultMaxPixels },
    });
  });

  it('refuses a file above the size limit', async () => {
    const jpeg = await photo(200, 200).jpeg().toBuffer();
    expect(await processUpload(jpeg, { ...limits, maxBytes: 100 })).toEqual({ ok: false, rejection: { code: 'too_large', maxBytes: 100 } });
  });
});

describe('processing', () => {
  it('strips EXIF, including GPS position, from every stored file', async () => {
    const withGps = await photo(800, 600)
      .jpeg()
      .withExif({ IFD0: { Artist: 'Field photographer', Make: 'Camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 32/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '39/1 10/1 0/1' } })
      .toBuffer();
    const before = await sharp(withGps).metadata();
    expect(before.exif).toBeDefined();
    // The input really carries the photographer's name and a GPS IFD pointer (tag 0x8825, either byte order).
    expect(before.exif!.includes(Buffer.from('Field photographer'))).toBe(true);
    expect(before.exif!.includes(Buffer.from([0x25, 0x88])) || before.exif!.includes(Buffer.from([0x88, 0x25]))).toBe(true);

    const result = await processUpload(withGps, limits);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const file of result.image.files) {
      const metadata = await sharp(file.data).metadata();
      expect(metadata.exif, file.name).toBeUndefined();
      expect(metadata.xmp, file.name).toBeUndefined();
      expect(file.data.includes(Buffer.from('Field photographer')), file.name).toBe(false);
      expect(file.data.includes(Buffer.from('Exif\0\0')), file.name).toBe(false);
    }
  });

  it('applies the EXIF orientation before stripping it', async () => {
    // Stored 300 wide × 100 high, orientation 6 (rotate 90° clockwise to display): readers see 100 × 300.
    const sideways = await photo(300, 100).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await processUpload(sideways, limits);
    expect(result.ok && [result.image.width, result.image.height]).toEqual([100, 300]);
  });

  it('stores the original and WebP and AVIF variants, and records size, hash and placeholder', async () => {
    const input = await photo(1200, 800).jpeg().toBuffer();
    const result = await processUpload(input, limits);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { image } = result;
    expect(image.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect([image.width, image.height]).toEqual([1200, 800]);
    expect(image.variantWidths).toEqual([480, 960, 1200]);
    expect(image.placeholder).toMatch(/^#[0-9a-f]{6}$/);
    expect(image.files.map((file) => file.name)).toEqual(['original.jpg', '480.avif', '480.webp', '960.avif', '960.webp', '1200.avif', '1200.webp']);
    expect(image.bytes).toBe(image.files[0]!.data.length);
    const variant = await sharp(image.files.find((file) => file.name === '960.webp')!.data).metadata();
    expect([variant.format, variant.width, variant.height]).toEqual(['webp', 960, 640]);
  });

  it('never enlarges: a small image gets one variant at its own width', () => {
    expect(widthsFor(300)).toEqual([300]);
    expect(widthsFor(960)).toEqual([480, 960]);
    expect(widthsFor(4000)).toEqual([480, 960, 1600]);
  });
});
