import { mediaStorage } from '@/lib/media/default-storage';
import { isContentHash, mimeTypeOfFile } from '@/lib/media/files';

/**
 * Serves stored image files. Names are content hashes plus Bayan's own file names, so a file
 * never changes once written: browsers and CDNs may keep it for a year without asking again.
 */
export async function GET(_request: Request, { params }: RouteContext<'/media/[hash]/[file]'>) {
  const { hash, file } = await params;
  const contentType = mimeTypeOfFile(file);
  if (!isContentHash(hash) || !contentType) return new Response(null, { status: 404 });
  const data = await mediaStorage.read(hash, file);
  if (!data) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(data.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      // Even if a browser were tricked into rendering the file as a document, it could run nothing.
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
