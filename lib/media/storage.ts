import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isContentHash, isMediaFileName } from './files';

/**
 * Where image files live. The filesystem is the first implementation; an object store can take
 * its place by implementing these three methods with the same names.
 */
export interface MediaStorage {
  /** Stores every file of one image; an existing file of the same name is replaced. */
  write(contentHash: string, files: readonly { name: string; data: Buffer }[]): Promise<void>;
  /** The bytes of one file, or null when it does not exist (or the name is not a media name). */
  read(contentHash: string, name: string): Promise<Buffer | null>;
  /** Deletes every file of one image. */
  remove(contentHash: string): Promise<void>;
}

export class StoragePathError extends Error {}

/** Files under `<root>/<first two hex digits>/<hash>/<name>`: no folder grows too large to list. */
export class FileSystemStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The absolute folder of one image; refuses anything that is not a content hash. */
  folderOf(contentHash: string): string {
    if (!isContentHash(contentHash)) throw new StoragePathError('not a content hash');
    return this.inside(path.join(this.root, contentHash.slice(0, 2), contentHash));
  }

  /** The absolute path of one file; refuses any name Bayan would not have built. */
  pathOf(contentHash: string, name: string): string {
    if (!isMediaFileName(name)) throw new StoragePathError('not a media file name');
    return this.inside(path.join(this.folderOf(contentHash), name));
  }

  async write(contentHash: string, files: readonly { name: string; data: Buffer }[]): Promise<void> {
    const folder = this.folderOf(contentHash);
    await mkdir(folder, { recursive: true });
    for (const file of files) {
      const target = this.pathOf(contentHash, file.name);
      // Write then rename: a reader never sees a half-written file.
      const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, file.data);
      await rename(temporary, target);
    }
  }

  async read(contentHash: string, name: string): Promise<Buffer | null> {
    let file: string;
    try {
      file = this.pathOf(contentHash, name);
    } catch {
      return null;
    }
    try {
      return await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(contentHash: string): Promise<void> {
    await rm(this.folderOf(contentHash), { recursive: true, force: true });
  }

  /** Second line of defence behind the name patterns: the resolved path must stay under the root. */
  private inside(candidate: string): string {
    const resolved = path.resolve(candidate);
    if (!resolved.startsWith(this.root + path.sep)) throw new StoragePathError('outside the storage folder');
    return resolved;
  }
}
