import type { LibraryImage } from './library-image';

/** The JSON answer of `POST /api/media`, read by the uploader in the browser. */
export type UploadResponse = { ok: true; duplicate: boolean; message: string; image: LibraryImage } | { ok: false; message: string };
