import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createMedia, getUploadLimits } from '@/db/queries/media';
import { addMissingAltTexts, findMediaByHash } from '@/db/queries/wordpress-import';
import type { Locale } from '@/i18n/config';
import { mediaStorage } from '@/lib/media/default-storage';
import { mediaFileUrl, variantFile } from '@/lib/media/files';
import { processUpload } from '@/lib/media/process';
import type { Actor } from '@/lib/permissions';
import { addCount, type Counts } from '@/lib/wordpress/clean-html';
import type { PlacedImage } from '@/lib/wordpress/html-to-body';
import type { Scan } from './scan';

/** Where an uploads URL points inside the uploads folder: `…/wp-content/uploads/2021/03/a.jpg` → `2021/03/a.jpg`. */
export function uploadsPath(url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  const at = pathname.indexOf('/wp-content/uploads/');
  return at < 0 ? null : pathname.slice(at + '/wp-content/uploads/'.length);
}

/** WordPress's resized copies (`a-300x200.jpg`) and big-image copies (`a-scaled.jpg`) name their original `a.jpg`. */
export function originalCandidates(relative: string): string[] {
  const original = relative.replace(/-(?:\d+x\d+|scaled)(\.[a-z0-9]+)$/i, '$1');
  return original === relative ? [relative] : [original, relative];
}

/** Stands for a library image in a dry run, where nothing is stored: it passes the body check and is never written. */
const dryRunImage: PlacedImage = { mediaId: Number.MAX_SAFE_INTEGER, src: mediaFileUrl('0'.repeat(64), variantFile(480, 'webp')) };

/**
 * Brings the export's images into the media library through the upload pipeline (format check,
 * variants, metadata stripped), each file once: the content hash finds an image imported before.
 * Alt texts come from WordPress per language (Polylang's translated attachments share one file).
 */
export class ImageImporter {
  readonly counts = { imported: 0, reused: 0, missing: 0, rejected: 0 };
  readonly rejections: Counts = {};
  private readonly placed = new Map<string, Promise<PlacedImage>>();
  private readonly altsByFile = new Map<string, Map<string | null, string>>();

  constructor(private readonly options: { mediaDir: string | null; dryRun: boolean; scan: Scan }) {
    for (const attachment of options.scan.attachments.values()) {
      if (!attachment.file || !attachment.alt) continue;
      const alts = this.altsByFile.get(attachment.file) ?? new Map<string | null, string>();
      alts.set(attachment.locale, attachment.alt);
      this.altsByFile.set(attachment.file, alts);
    }
  }

  /** A body image by its address; null leaves it outside (no uploads folder, or no such file). */
  async body(src: string, { locale, alt, actor }: { locale: Locale; alt: string; actor: Actor }): Promise<PlacedImage> {
    const relative = uploadsPath(src) ?? this.attachmentFileByUrl(src);
    return relative ? this.place(relative, { locale, alt, actor }) : null;
  }

  /** The featured image (`_thumbnail_id`) of a post, as a library item id. */
  async featured(attachmentId: number, { locale, actor }: { locale: Locale; actor: Actor }): Promise<number | null> {
    const attachment = this.options.scan.attachments.get(attachmentId);
    const relative = attachment ? attachment.file || uploadsPath(attachment.url) : null;
    if (!relative) return null;
    return (await this.place(relative, { locale, alt: attachment?.alt ?? '', actor }))?.mediaId ?? null;
  }

  private attachmentFileByUrl(url: string): string | null {
    for (const attachment of this.options.scan.attachments.values()) if (attachment.url === url && attachment.file) return attachment.file;
    return null;
  }

  private place(relative: string, context: { locale: Locale; alt: string; actor: Actor }): Promise<PlacedImage> {
    if (!this.options.mediaDir) return Promise.resolve(null);
    const key = originalCandidates(relative)[0] ?? relative;
    let placed = this.placed.get(key);
    if (!placed) {
      placed = this.load(relative, context);
      this.placed.set(key, placed);
    }
    return placed;
  }

  private async load(relative: string, { locale, alt, actor }: { locale: Locale; alt: string; actor: Actor }): Promise<PlacedImage> {
    const root = path.resolve(this.options.mediaDir!);
    let bytes: Buffer | null = null;
    let found = relative;
    for (const candidate of originalCandidates(relative)) {
      const file = path.resolve(root, candidate);
      // The path comes from the export: it may not leave the uploads folder.
      if (!file.startsWith(root + path.sep)) continue;
      bytes = await readFile(file).catch(() => null);
      if (bytes) {
        found = candidate;
        break;
      }
    }
    if (!bytes) {
      this.counts.missing += 1;
      return null;
    }
    const alts: Partial<Record<Locale, string>> = {};
    for (const [altLocale, text] of this.altsByFile.get(found) ?? this.altsByFile.get(relative) ?? []) alts[(altLocale ?? locale) as Locale] = text;
    alts[locale] ||= alt;
    if (this.options.dryRun) {
      this.counts.imported += 1;
      return dryRunImage;
    }
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    let item = findMediaByHash({ contentHash });
    if (item) this.counts.reused += 1;
    else {
      const result = await processUpload(bytes, getUploadLimits());
      if (!result.ok) {
        this.counts.rejected += 1;
        addCount(this.rejections, result.rejection.code);
        return null;
      }
      await mediaStorage.write(result.image.contentHash, result.image.files);
      const { id } = createMedia({ actor, image: result.image });
      item = { id, width: result.image.width, variantWidths: result.image.variantWidths };
      this.counts.imported += 1;
    }
    addMissingAltTexts({ mediaId: item.id, alt: alts });
    const largest = Math.max(...item.variantWidths, 0) || item.width;
    return { mediaId: item.id, src: mediaFileUrl(contentHash, variantFile(largest, 'webp')) };
  }
}
