import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMediaFileName, mimeTypeOfFile } from './files';
import { FileSystemStorage, StoragePathError } from './storage';

const hash = 'a'.repeat(64);

describe('file system storage', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'bayan-media-'));
  const storage = new FileSystemStorage(root);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes, reads and removes the files of one image under a hash-named folder', async () => {
    await storage.write(hash, [{ name: '480.webp', data: Buffer.from('webp bytes') }]);
    expect(storage.pathOf(hash, '480.webp')).toBe(path.join(root, 'aa', hash, '480.webp'));
    expect((await storage.read(hash, '480.webp'))?.toString()).toBe('webp bytes');
    expect(await storage.read(hash, '960.webp')).toBeNull();
    await storage.remove(hash);
    expect(await storage.read(hash, '480.webp')).toBeNull();
    expect(await readdir(path.join(root, 'aa'))).toEqual([]);
  });

  it.each([
    ['../../etc/passwd'],
    ['..'],
    ['/etc/passwd'],
    ['..%2F..%2Fetc%2Fpasswd'],
    ['480.webp/../../x'],
    ['original.svg'],
    ['480.html'],
    ['.htaccess'],
    [''],
  ])('refuses the file name %j', async (name) => {
    expect(isMediaFileName(name)).toBe(false);
    expect(() => storage.pathOf(hash, name)).toThrow(StoragePathError);
    expect(await storage.read(hash, name)).toBeNull();
  });

  it.each([['../' + 'a'.repeat(61)], ['A'.repeat(64)], ['a'.repeat(63)], ['..'], ['']])('refuses the hash %j', async (badHash) => {
    expect(() => storage.folderOf(badHash)).toThrow(StoragePathError);
    expect(await storage.read(badHash, '480.webp')).toBeNull();
    await expect(storage.remove(badHash)).rejects.toThrow(StoragePathError);
  });

  it('knows the content type of each stored name', () => {
    expect(mimeTypeOfFile('original.jpg')).toBe('image/jpeg');
    expect(mimeTypeOfFile('960.avif')).toBe('image/avif');
    expect(mimeTypeOfFile('960.svg')).toBeNull();
  });
});
