import { createReadStream } from 'node:fs';
import { polylangGroup } from '@/lib/wordpress/php-unserialize';
import { decodeSlug, postLanguage, translationGroupOf } from '@/lib/wordpress/post-mapping';
import { readWxr, type WxrAuthor, type WxrTerm } from '@/lib/wordpress/wxr-reader';

/**
 * The first pass over an export: everything posts refer to (authors, categories, Polylang's
 * groups, attachments) and how many posts there are, so the second pass can import each post as
 * it reads it, whatever the order of the file. It also proves the whole file readable (UTF-8,
 * WXR, complete) before anything is written.
 */
export interface Attachment {
  /** Path under the uploads folder (`2021/03/expo.jpg`), from `_wp_attached_file`. */
  file: string;
  url: string;
  alt: string;
  locale: string | null;
  group: string | null;
}

export interface Scan {
  baseSiteUrl: string;
  authors: Map<string, WxrAuthor>;
  /** Categories by decoded slug. */
  categories: Map<string, WxrTerm>;
  categoriesById: Map<number, WxrTerm>;
  /** Polylang `post_translations` (posts) and `term_translations` (categories): slug → language → id. */
  postGroups: Map<string, Map<string, number>>;
  termGroups: Map<number, Map<string, number>>;
  attachments: Map<number, Attachment>;
  posts: number;
  pages: number;
  /** Items of other types (menus, custom types): skipped. */
  otherItems: number;
  bytes: number;
}

export async function scanExport(file: string): Promise<Scan> {
  const scan: Scan = {
    baseSiteUrl: '',
    authors: new Map(),
    categories: new Map(),
    categoriesById: new Map(),
    postGroups: new Map(),
    termGroups: new Map(),
    attachments: new Map(),
    posts: 0,
    pages: 0,
    otherItems: 0,
    bytes: 0,
  };
  for await (const record of readWxr(createReadStream(file), (bytes) => (scan.bytes += bytes))) {
    if (record.kind === 'site') scan.baseSiteUrl = record.baseSiteUrl || record.baseBlogUrl;
    else if (record.kind === 'author') scan.authors.set(record.author.login, record.author);
    else if (record.kind === 'term') {
      const { term } = record;
      if (term.taxonomy === 'category') {
        scan.categories.set(decodeSlug(term.slug), term);
        scan.categoriesById.set(term.termId, term);
      } else if (term.taxonomy === 'post_translations') scan.postGroups.set(term.slug, polylangGroup(term.description));
      else if (term.taxonomy === 'term_translations') {
        const group = polylangGroup(term.description);
        for (const termId of group.values()) scan.termGroups.set(termId, group);
      }
    } else {
      const { item } = record;
      if (item.postType === 'post') scan.posts += 1;
      else if (item.postType === 'page') scan.pages += 1;
      else if (item.postType === 'attachment') {
        const language = postLanguage(item);
        scan.attachments.set(item.postId, {
          file: item.meta.get('_wp_attached_file') ?? '',
          url: item.attachmentUrl,
          alt: item.meta.get('_wp_attachment_image_alt') ?? '',
          locale: 'locale' in language && !language.assumed ? language.locale : null,
          group: translationGroupOf(item),
        });
      } else scan.otherItems += 1;
    }
  }
  return scan;
}
