import 'server-only';

/** Reads the body until `limit` bytes; null as soon as it goes over, without buffering the rest. */
export async function readCapped(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Buffer | null> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A route handler that reads at most `limit` bytes of a request body: a larger one (declared, or
 * streamed without a length) is answered 413 before the handler parses anything. Server actions
 * have their own cap (`serverActions.bodySizeLimit` in next.config.ts).
 */
export function withBodyCap(limit: number, handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const tooLarge = () => new Response('Request body too large', { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    const declared = Number(request.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) return tooLarge();
    const body = await readCapped(request.body, limit);
    if (!body) return tooLarge();
    const init: RequestInit = { method: request.method, headers: request.headers, body: body.byteLength > 0 ? new Uint8Array(body) : null };
    return handler(new Request(request.url, init));
  };
}
