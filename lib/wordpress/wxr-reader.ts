import { SaxesParser, type SaxesTagNS } from 'saxes';

/**
 * A WordPress export (WXR 1.0–1.2, as wp-admin/includes/export.php writes it), read as a stream:
 * records come out as their closing tag is read, so a file of hundreds of megabytes never sits
 * whole in memory. Only what the import uses is kept.
 */

export interface WxrAuthor {
  login: string;
  email: string;
  displayName: string;
}

/** A category (`wp:category`), a tag (`wp:tag`) or another taxonomy's term (`wp:term`: Polylang's). */
export interface WxrTerm {
  taxonomy: string;
  termId: number;
  /** As WordPress stores it: percent-encoded when not ASCII. */
  slug: string;
  parentSlug: string;
  name: string;
  description: string;
}

export interface WxrItemTerm {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: number;
  /** Local time of the site, `YYYY-MM-DD HH:MM:SS`. */
  postDate: string;
  /** UTC, same format; `0000-00-00 00:00:00` for drafts never dated. */
  postDateGmt: string;
  postModifiedGmt: string;
  postName: string;
  status: string;
  postType: string;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  meta: Map<string, string>;
}

export type WxrRecord =
  | { kind: 'site'; version: string; baseSiteUrl: string; baseBlogUrl: string }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'term'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem };

export type WxrProblem = 'not_utf8' | 'not_wxr' | 'truncated' | 'malformed';

export class WxrError extends Error {
  constructor(
    readonly problem: WxrProblem,
    detail: string,
  ) {
    super(detail);
  }
}

/** Short, stable names for the namespaces WXR uses, whatever prefixes a file binds them to. */
function namespaceOf(uri: string): string | null {
  if (/^http:\/\/wordpress\.org\/export\/1\.\d\/excerpt\/$/.test(uri)) return 'excerpt';
  if (/^http:\/\/wordpress\.org\/export\/1\.\d\/$/.test(uri)) return 'wp';
  if (uri === 'http://purl.org/rss/1.0/modules/content/') return 'content';
  if (uri === 'http://purl.org/dc/elements/1.1/') return 'dc';
  return uri === '' ? '' : null;
}

const emptyItem = (): WxrItem => ({
  title: '',
  link: '',
  guid: '',
  creator: '',
  content: '',
  excerpt: '',
  postId: 0,
  postDate: '',
  postDateGmt: '',
  postModifiedGmt: '',
  postName: '',
  status: '',
  postType: '',
  attachmentUrl: '',
  terms: [],
  meta: new Map(),
});

const termTaxonomies: Record<string, string> = { 'wp:category': 'category', 'wp:tag': 'post_tag', 'wp:term': '' };

/**
 * Reads a WXR byte stream. Throws `WxrError`: `not_utf8` for bytes that are not UTF-8 (or a file
 * declaring another encoding), `not_wxr` for XML that is not a WordPress export, `truncated`
 * for a file that stops before its end, `malformed` for broken XML.
 */
export async function* readWxr(source: AsyncIterable<Uint8Array | string>, onBytes?: (bytes: number) => void): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ xmlns: true });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: WxrRecord[] = [];
  const names: string[] = [];
  let text = '';
  let sawRoot = false;
  let closedRoot = false;
  let sawVersion = false;
  let site = { version: '', baseSiteUrl: '', baseBlogUrl: '' };
  let item: WxrItem | null = null;
  let term: WxrTerm | null = null;
  let itemTerm: WxrItemTerm | null = null;
  let metaKey = '';

  parser.on('xmldecl', (decl) => {
    if (decl.encoding && !/^utf-?8$/i.test(decl.encoding)) throw new WxrError('not_utf8', `the file declares the encoding ${decl.encoding}`);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const namespace = namespaceOf(tag.uri);
    const name = namespace === null ? `?:${tag.local}` : namespace === '' ? tag.local : `${namespace}:${tag.local}`;
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'rss') throw new WxrError('not_wxr', `the root element is <${tag.name}>, not <rss>`);
    }
    names.push(name);
    text = '';
    const parent = names[names.length - 2];
    if (name === 'item' && parent === 'channel') {
      if (!sawVersion) throw new WxrError('not_wxr', 'no <wp:wxr_version> before the first item');
      item = emptyItem();
    } else if (name in termTaxonomies && parent === 'channel') {
      term = { taxonomy: termTaxonomies[name] ?? '', termId: 0, slug: '', parentSlug: '', name: '', description: '' };
    } else if (name === 'category' && item && parent === 'item') {
      itemTerm = { domain: tag.attributes.domain?.value ?? '', nicename: tag.attributes.nicename?.value ?? '', name: '' };
    }
  });
  const append = (chunk: string) => {
    text += chunk;
  };
  parser.on('text', append);
  parser.on('cdata', append);
  parser.on('closetag', () => {
    const name = names.pop() ?? '';
    const parent = names[names.length - 1];
    const value = text;
    text = '';
    if (name === 'rss' && names.length === 0) closedRoot = true;
    if (parent === 'channel' && !item) {
      if (name === 'wp:wxr_version') {
        sawVersion = true;
        site = { ...site, version: value.trim() };
      } else if (name === 'wp:base_site_url') site = { ...site, baseSiteUrl: value.trim() };
      else if (name === 'wp:base_blog_url') {
        site = { ...site, baseBlogUrl: value.trim() };
        out.push({ kind: 'site', ...site });
      }
    }
    if (term) {
      if (name in termTaxonomies && parent === 'channel') {
        out.push({ kind: 'term', term });
        term = null;
      } else readTermField(term, name, value);
      return;
    }
    if (name === 'wp:author' && parent === 'channel') {
      out.push({ kind: 'author', author });
      author = { login: '', email: '', displayName: '' };
      return;
    }
    if (parent === 'wp:author') return readAuthorField(name, value);
    if (!item) return;
    if (name === 'item') {
      out.push({ kind: 'item', item });
      item = null;
    } else if (name === 'category' && itemTerm) {
      item.terms.push({ ...itemTerm, name: value });
      itemTerm = null;
    } else if (parent === 'wp:postmeta') {
      if (name === 'wp:meta_key') metaKey = value;
      else if (name === 'wp:meta_value') item.meta.set(metaKey, value);
    } else if (parent === 'item') readItemField(item, name, value);
  });

  let author: WxrAuthor = { login: '', email: '', displayName: '' };
  function readAuthorField(name: string, value: string) {
    if (name === 'wp:author_login') author.login = value.trim();
    else if (name === 'wp:author_email') author.email = value.trim();
    else if (name === 'wp:author_display_name') author.displayName = value.trim();
  }

  try {
    for await (const chunk of source) {
      const decoded = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      onBytes?.(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength);
      parser.write(decoded);
      yield* out.splice(0);
    }
    const rest = decoder.decode();
    if (rest) parser.write(rest);
  } catch (error) {
    throw asWxrError(error, sawRoot);
  }
  if (!sawRoot) throw new WxrError('not_wxr', 'the file holds no XML element');
  if (!closedRoot) throw new WxrError('truncated', `the file ends inside <${names[names.length - 1] ?? 'rss'}>`);
  try {
    parser.close();
  } catch (error) {
    throw asWxrError(error, sawRoot);
  }
  if (!sawVersion) throw new WxrError('not_wxr', 'no <wp:wxr_version>: not a WordPress export');
  yield* out.splice(0);
}

function asWxrError(error: unknown, sawRoot: boolean): WxrError {
  if (error instanceof WxrError) return error;
  if (error instanceof TypeError && /encod|decod/i.test(error.message)) return new WxrError('not_utf8', 'the file is not valid UTF-8');
  const message = error instanceof Error ? error.message : String(error);
  return new WxrError(sawRoot ? 'malformed' : 'not_wxr', message);
}

function readTermField(term: WxrTerm, name: string, value: string) {
  switch (name) {
    case 'wp:term_id':
      term.termId = Number(value.trim()) || 0;
      break;
    case 'wp:term_taxonomy':
      term.taxonomy = value.trim();
      break;
    case 'wp:category_nicename':
    case 'wp:tag_slug':
    case 'wp:term_slug':
      term.slug = value.trim();
      break;
    case 'wp:category_parent':
    case 'wp:term_parent':
      term.parentSlug = value.trim();
      break;
    case 'wp:cat_name':
    case 'wp:tag_name':
    case 'wp:term_name':
      term.name = value.trim();
      break;
    case 'wp:category_description':
    case 'wp:tag_description':
    case 'wp:term_description':
      term.description = value;
      break;
  }
}

const itemFields: Partial<Record<string, Exclude<keyof WxrItem, 'terms' | 'meta' | 'postId'>>> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_modified_gmt': 'postModifiedGmt',
  'wp:post_name': 'postName',
  'wp:status': 'status',
  'wp:post_type': 'postType',
  'wp:attachment_url': 'attachmentUrl',
};

function readItemField(item: WxrItem, name: string, value: string) {
  if (name === 'wp:post_id') {
    item.postId = Number(value.trim()) || 0;
    return;
  }
  const field = itemFields[name];
  if (field) item[field] = field === 'content' || field === 'excerpt' || field === 'title' ? value : value.trim();
}
