import path from 'node:path';
import { env } from '../env';
import { FileSystemStorage, type MediaStorage } from './storage';

/** The storage every server path uses: `MEDIA_DIR` (default `data/media`), relative to the app. */
export const mediaStorage: MediaStorage = new FileSystemStorage(
  // turbopackIgnore: the media folder lives outside the bundle; tracing it would pull in the project.
  path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.MEDIA_DIR),
);
