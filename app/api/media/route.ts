import { getTranslations } from 'next-intl/server';
import { readCapped } from '@/app/_server/capped-body';
import { getCurrentUser } from '@/auth';
import { createMedia, getMedia, getUploadLimits } from '@/db/queries/media';
import { defaultLocale, isLocale } from '@/i18n/config';
import { mediaStorage } from '@/lib/media/default-storage';
import { toLibraryImage } from '@/lib/media/library-image';
import { megabytesOf, processUpload, type UploadRejection } from '@/lib/media/process';
import { can } from '@/lib/permissions';
import type { UploadResponse } from '@/lib/media/upload-response';

/** Room for the multipart envelope (boundaries, part headers) around the file itself. */
const multipartAllowance = 64 * 1024;

const statusOf: Record<UploadRejection['code'], number> = {
  too_large: 413,
  not_image: 415,
  unsupported_type: 415,
  corrupted: 422,
  too_many_pixels: 422,
};

/**
 * A browser always names the page that sent a POST; an upload from another site's page is refused
 * (the session cookie is SameSite=Lax already: this is the second lock, as server actions have).
 */
function fromThisSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * One image per request (the uploader sends files one by one, each with its own progress bar):
 * authenticate → check permission → cap the size while streaming → detect and process → store
 * the files → record the item with its audit entry. Answers JSON with a message in `?locale=`.
 */
export async function POST(request: Request) {
  const requested = new URL(request.url).searchParams.get('locale');
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'Media.upload' });
  const reply = (status: number, body: UploadResponse) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

  const actor = await getCurrentUser();
  if (!actor) return reply(401, { ok: false, message: t('unauthenticated') });
  if (!can(actor, 'media.upload') || !fromThisSite(request)) return reply(403, { ok: false, message: t('forbidden') });

  const limits = getUploadLimits();
  const tooLarge = () => reply(413, { ok: false, message: t('rejected.too_large', { max: megabytesOf(limits.maxBytes) }) });
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes + multipartAllowance) return tooLarge();
  const raw = await readCapped(request.body, limits.maxBytes + multipartAllowance);
  if (!raw) return tooLarge();

  let file: FormDataEntryValue | null;
  try {
    const form = await new Response(new Uint8Array(raw), { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData();
    file = form.get('file');
  } catch {
    file = null;
  }
  if (!(file instanceof File) || file.size === 0) return reply(400, { ok: false, message: t('rejected.no_file') });

  const result = await processUpload(Buffer.from(await file.arrayBuffer()), limits);
  if (!result.ok) {
    const { rejection } = result;
    const message =
      rejection.code === 'too_large'
        ? t('rejected.too_large', { max: megabytesOf(rejection.maxBytes) })
        : rejection.code === 'unsupported_type'
          ? t('rejected.unsupported_type', { type: rejection.label })
          : rejection.code === 'too_many_pixels'
            ? t('rejected.too_many_pixels', { width: rejection.width, height: rejection.height, max: Math.round(rejection.maxPixels / 1_000_000) })
            : t(`rejected.${rejection.code}`);
    return reply(statusOf[rejection.code], { ok: false, message });
  }

  await mediaStorage.write(result.image.contentHash, result.image.files);
  const { id, duplicate } = createMedia({ actor, image: result.image });
  const item = getMedia({ viewer: actor, id });
  if (!item) return reply(500, { ok: false, message: t('failed') });
  return reply(duplicate ? 200 : 201, { ok: true, duplicate, message: duplicate ? t('duplicate') : t('done'), image: toLibraryImage(item) });
}
