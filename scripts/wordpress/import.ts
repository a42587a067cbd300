import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  createImportedAuthor,
  createImportedCategory,
  ensureCategoryTranslation,
  findCategoryIdByKey,
  findCategoryIdBySlug,
  findImportedPost,
  findTranslationGroupOfPosts,
  findUserIdByEmail,
  importBatch,
  setCategoryParent,
  writeImportedPost,
} from '@/db/queries/wordpress-import';
import { isLocale, type Locale } from '@/i18n/config';
import { stripBidiControls } from '@/lib/bidi';
import type { Actor } from '@/lib/permissions';
import { isNeverMoved, redirectKeyOfUrl, wordpressShortLink } from '@/lib/redirects';
import { addCount, type Counts } from '@/lib/wordpress/clean-html';
import { type PlacedImage, parseWordPressHtml, placeImages } from '@/lib/wordpress/html-to-body';
import { decodeSlug, importedSlug, importedStatus, postLanguage, postTerms, postTime, translationGroupOf, wordpressTime } from '@/lib/wordpress/post-mapping';
import { readWxr, type WxrItem } from '@/lib/wordpress/wxr-reader';
import { ImageImporter } from './images';
import { scanExport } from './scan';

export interface ImportOptions {
  file: string;
  mediaDir: string | null;
  dryRun: boolean;
  now?: Date;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  done: number;
  total: number;
  created: number;
  updated: number;
  skipped: number;
}

export interface ImportReport extends ImportProgress {
  dryRun: boolean;
  pages: number;
  otherItems: number;
  /** Why posts were skipped (unchanged, edited in Bayan, a status or language not imported, broken). */
  skippedBecause: Counts;
  authors: { created: number; matched: number };
  categories: { created: number; matched: number };
  images: { imported: number; reused: number; external: number; missingFile: number; rejected: number };
  /** What the bodies lost or changed, by kind: the editor holds no more than it can show. */
  blocks: Counts;
  droppedBlocks: Counts;
  shortcodes: Counts;
  headings: Counts;
  unsupported: Counts;
  warnings: Counts;
  seconds: number;
  postsPerSecond: number;
}

/** How long one batch of posts may hold the database's write lock. */
const batchMilliseconds = 250;

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»' };

/** Text of a WordPress title or excerpt: tags dropped, entities decoded (`&#8217;`), bidi controls dropped, spaces folded. */
export function plainText(html: string): string {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return namedEntities[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : entity;
  });
  return stripBidiControls(text).replace(/\s+/g, ' ').trim();
}

export async function importWordPress(options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const scan = await scanExport(options.file);
  const images = new ImageImporter({ mediaDir: options.mediaDir, dryRun: options.dryRun, scan });
  const report: ImportReport = {
    dryRun: options.dryRun,
    done: 0,
    total: scan.posts,
    created: 0,
    updated: 0,
    skipped: 0,
    pages: scan.pages,
    otherItems: scan.otherItems,
    skippedBecause: {},
    authors: { created: 0, matched: 0 },
    categories: { created: 0, matched: 0 },
    images: { imported: 0, reused: 0, external: 0, missingFile: 0, rejected: 0 },
    blocks: {},
    droppedBlocks: {},
    shortcodes: {},
    headings: {},
    unsupported: {},
    warnings: {},
    seconds: 0,
    postsPerSecond: 0,
  };
  const merge = (into: Counts, from: Counts) => Object.entries(from).forEach(([kind, count]) => addCount(into, kind, count));
  const skip = (reason: string) => {
    report.skipped += 1;
    addCount(report.skippedBecause, reason);
  };

  // Ids stand in for rows a dry run does not write.
  let placeholderId = 0;
  const authorIds = new Map<string, number>();
  function authorOf(item: WxrItem): number {
    const known = authorIds.get(item.creator);
    if (known !== undefined) return known;
    const author = scan.authors.get(item.creator);
    const email = author?.email || `${item.creator || 'unknown'}@wordpress.invalid`;
    if (!author?.email) addCount(report.warnings, 'authorWithoutEmail');
    let id = findUserIdByEmail({ email });
    if (id !== null) report.authors.matched += 1;
    else {
      id = options.dryRun ? --placeholderId : createImportedAuthor({ email, name: author?.displayName || item.creator || email });
      report.authors.created += 1;
    }
    authorIds.set(item.creator, id);
    return id;
  }

  const categoryIds = new Map<string, number | null>();
  const categoryKeys = new Map<string, number>();
  /** A WordPress category (by decoded slug) in a language: its Polylang siblings share one Bayan category. */
  function categoryOf(slug: string, locale: Locale, depth = 0): number | null {
    const cacheKey = `${locale}:${slug}`;
    if (categoryIds.has(cacheKey)) return categoryIds.get(cacheKey) ?? null;
    const term = scan.categories.get(slug);
    if (!term || term.slug === 'uncategorized') return null;
    const group = scan.termGroups.get(term.termId);
    const key = `wordpress-${group ? Math.min(...group.values()) : term.termId}`;
    let id = categoryKeys.get(key) ?? findCategoryIdByKey({ key }) ?? findCategoryIdBySlug({ locale, slug });
    if (id === null) {
      id = options.dryRun ? --placeholderId : createImportedCategory({ key });
      report.categories.created += 1;
    } else if (!categoryKeys.has(key)) report.categories.matched += 1;
    categoryKeys.set(key, id);
    if (!options.dryRun) {
      // Each language of a Polylang group gets its name; an ungrouped category, the post's language.
      const names: [string, string, string][] = group
        ? [...group].flatMap(([language, termId]) => {
            const member = scan.categoriesById.get(termId);
            return member ? [[language, member.name, member.slug] as [string, string, string]] : [];
          })
        : [];
      if (!names.some(([language]) => language === locale)) names.push([locale, term.name, term.slug]);
      for (const [language, name, memberSlug] of names) {
        if (isLocale(language)) ensureCategoryTranslation({ categoryId: id, locale: language, name: name || memberSlug, slug: decodeSlug(memberSlug) });
      }
      const parent = term.parentSlug && depth < 16 ? categoryOf(decodeSlug(term.parentSlug), locale, depth + 1) : null;
      if (parent !== null) setCategoryParent({ categoryId: id, parentId: parent });
    }
    categoryIds.set(cacheKey, id);
    return id;
  }

  const groups = new Map<string, string>();
  function translationGroup(item: WxrItem, existingGroup: string | null): string | null {
    const slug = translationGroupOf(item);
    if (!slug) return existingGroup;
    let group = groups.get(slug);
    if (!group) {
      const members = [...(scan.postGroups.get(slug)?.values() ?? [])];
      group = existingGroup ?? findTranslationGroupOfPosts({ postIds: members }) ?? randomUUID();
      groups.set(slug, group);
    }
    return group;
  }

  async function importPost(item: WxrItem) {
    const status = importedStatus(item.status);
    if (!status) return skip(`status:${item.status || 'none'}`);
    const language = postLanguage(item);
    if ('unsupported' in language) return skip('unsupportedLanguage');
    const { locale } = language;
    const title = plainText(item.title).slice(0, 300);
    if (title === '') return skip('broken:noTitle');
    const guid = item.guid || `${scan.baseSiteUrl}${wordpressShortLink(item.postId)}`;
    const modifiedAt = wordpressTime(item.postModifiedGmt) ?? postTime(item, now);
    const existing = findImportedPost({ guid });
    if (existing && existing.currentVersion !== existing.importedVersion) return skip('editedInBayan');
    if (existing && modifiedAt.getTime() <= existing.modifiedAt.getTime()) return skip('unchanged');

    let parsed;
    try {
      parsed = parseWordPressHtml(item.content);
    } catch {
      return skip('broken:body');
    }
    const authorId = authorOf(item);
    const actor: Actor = { id: authorId, role: 'writer', active: false };
    const placed = new Map<string, PlacedImage>();
    for (const src of new Set(parsed.imageSources)) placed.set(src, await images.body(src, { locale, alt: '', actor }));
    const body = placeImages(parsed.doc, placed);
    if (!body) return skip('broken:body');
    const thumbnail = Number(item.meta.get('_thumbnail_id') ?? 0);
    const featuredMediaId = thumbnail > 0 ? await images.featured(thumbnail, { locale, actor }) : null;
    if (thumbnail > 0 && featuredMediaId === null) addCount(report.warnings, 'featuredImageNotImported');

    const when = postTime(item, now);
    if (language.assumed) addCount(report.warnings, 'noLanguageDefaultUsed');
    if (status.scheduled && when.getTime() <= now.getTime()) addCount(report.warnings, 'scheduledInThePast');
    merge(report.blocks, parsed.report.blocks);
    merge(report.droppedBlocks, parsed.report.droppedBlocks);
    merge(report.shortcodes, parsed.report.shortcodes);
    merge(report.headings, parsed.report.headings);
    merge(report.unsupported, parsed.report.unsupported);
    report.images.external += body.external;

    const categories = postTerms(item, 'category').map((term) => categoryOf(term.slug, locale)).filter((id): id is number => id !== null);
    if (categories.length > 1) addCount(report.warnings, 'extraCategoriesDropped');
    const permalink = redirectKeyOfUrl(item.link);
    // An address under one of our own lists (`/en/category/…`) would never be looked up.
    if (permalink !== null && isNeverMoved(permalink)) addCount(report.warnings, 'oldAddressUnderOwnList');
    const oldAddresses = [...new Set([wordpressShortLink(item.postId), permalink].filter((key): key is string => key !== null && !isNeverMoved(key)))];
    const summary = plainText(item.excerpt).slice(0, 1000);
    if (!options.dryRun) {
      const { ungrouped } = writeImportedPost({
        existingId: existing?.articleId ?? null,
        now,
        post: {
          guid,
          postId: item.postId,
          locale,
          slug: importedSlug(item),
          title,
          summary,
          body: body.body,
          status: status.status,
          publishAt: status.status === 'published' ? when : null,
          createdAt: when,
          modifiedAt,
          authorId,
          categoryId: categories[0] ?? null,
          featuredMediaId,
          tags: postTerms(item, 'post_tag').map((tag) => tag.name),
          translationGroupId: translationGroup(item, existing?.translationGroupId ?? null),
          oldAddresses,
        },
      });
      if (ungrouped) addCount(report.warnings, 'translationLanguageTaken');
    }
    if (existing) report.updated += 1;
    else report.created += 1;
  }

  const batch = options.dryRun ? null : importBatch;
  let batchStarted = performance.now();
  batch?.begin();
  try {
    for await (const record of readWxr(createReadStream(options.file))) {
      if (record.kind !== 'item' || record.item.postType !== 'post') continue;
      await importPost(record.item);
      report.done += 1;
      options.onProgress?.(report);
      if (batch && performance.now() - batchStarted > batchMilliseconds) {
        batch.commit();
        batch.begin();
        batchStarted = performance.now();
      }
    }
    batch?.commit();
  } catch (error) {
    batch?.rollback();
    throw error;
  }
  Object.assign(report.images, { imported: images.counts.imported, reused: images.counts.reused, missingFile: images.counts.missing, rejected: images.counts.rejected });
  report.seconds = (performance.now() - started) / 1000;
  report.postsPerSecond = report.done / Math.max(report.seconds, 0.001);
  return report;
}

