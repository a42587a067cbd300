import sharp from 'sharp';

/** A small JPEG no other run has uploaded (random colour), so the library never answers "already there". */
export async function uniqueJpeg(width = 64, height = 64): Promise<Buffer> {
  const channel = () => Math.floor(Math.random() * 256);
  return sharp({ create: { width, height, channels: 3, background: { r: channel(), g: channel(), b: channel() } } })
    .jpeg()
    .toBuffer();
}
