import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { slugify } from '@/lib/slug';
import { demoCategories } from '../seed-data/categories';
import { demoReleases } from '../seed-data/releases';
import type { DemoLocale, DemoTranslation } from '../seed-data/types';
import { seededRandom } from './archive-data';

/**
 * A synthetic WordPress export of any size, shaped as WordPress + Polylang write it (WXR 1.2):
 * the demo releases' text recombined into posts over twenty years, about 60 % Arabic, linked in
 * translation groups, in Gutenberg blocks with the odd shortcode, categories with their Polylang
 * groups, tags and authors. Deterministic for a seed. Written as a stream, so an export of
 * hundreds of megabytes never sits in memory.
 *
 *   npx tsx scripts/bench/generate-wxr.ts --posts 20000 --out /tmp/archive.xml [--seed 7]
 */
export interface GeneratedExport {
  posts: number;
  groups: number;
  byLocale: Record<DemoLocale, number>;
  bytes: number;
}

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const encodeSlug = (slug: string) => encodeURIComponent(slug).toLowerCase();
const two = (n: number) => String(n).padStart(2, '0');
const wpTime = (date: Date) => `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
/** PHP's serialize() of a language → id map, as Polylang stores a translation group. */
const phpGroup = (group: [string, number][]) => `a:${group.length}:{${group.map(([language, id]) => `s:${Buffer.byteLength(language)}:"${language}";i:${id};`).join('')}}`;

/** Which languages a release has: weights give about 60 % of posts in Arabic. */
const patterns: [DemoLocale[], number][] = [
  [['ar'], 0.58],
  [['ar', 'en'], 0.17],
  [['ar', 'en', 'fr'], 0.12],
  [['en'], 0.06],
  [['fr'], 0.04],
  [['en', 'fr'], 0.03],
];

export async function generateWxr({ posts, out, seed = 7, site = 'https://archive.example.org' }: { posts: number; out: string; seed?: number; site?: string }): Promise<GeneratedExport> {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const texts: Record<DemoLocale, DemoTranslation[]> = { ar: [], en: [], fr: [] };
  for (const release of demoReleases) for (const [locale, translation] of Object.entries(release.translations)) if (translation) texts[locale as DemoLocale].push(translation);

  const stream = createWriteStream(out);
  let bytes = 0;
  const write = async (chunk: string) => {
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, 'drain');
  };

  const authors = Array.from({ length: 12 }, (_, index) => ({ login: `writer${index + 1}`, email: `writer${index + 1}@archive.example.org`, name: `Writer ${index + 1}` }));
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Archive</title>\n\t<link>${site}</link>\n\t<description></description>\n\t<language>ar</language>
\t<wp:wxr_version>1.2</wp:wxr_version>\n\t<wp:base_site_url>${site}</wp:base_site_url>\n\t<wp:base_blog_url>${site}</wp:base_blog_url>\n`);
  for (const [index, author] of authors.entries()) {
    await write(`\t<wp:author><wp:author_id>${index + 2}</wp:author_id><wp:author_login>${cdata(author.login)}</wp:author_login><wp:author_email>${cdata(author.email)}</wp:author_email><wp:author_display_name>${cdata(author.name)}</wp:author_display_name><wp:author_first_name>${cdata('')}</wp:author_first_name><wp:author_last_name>${cdata('')}</wp:author_last_name></wp:author>\n`);
  }
  // Each demo category in each language is a WordPress category; Polylang groups them.
  const categoryTerms = new Map<string, { id: number; slug: string; name: string }>();
  let termId = 100;
  for (const category of demoCategories) {
    const group: [string, number][] = [];
    for (const locale of ['ar', 'en', 'fr'] as const) {
      const term = { id: (termId += 1), slug: `${category.slugs[locale]}-${locale}`, name: category.names[locale] };
      categoryTerms.set(`${category.key}:${locale}`, term);
      group.push([locale, term.id]);
      await write(`\t<wp:category><wp:term_id>${term.id}</wp:term_id><wp:category_nicename>${cdata(encodeSlug(term.slug))}</wp:category_nicename><wp:category_parent>${cdata('')}</wp:category_parent><wp:cat_name>${cdata(term.name)}</wp:cat_name></wp:category>\n`);
    }
    await write(`\t<wp:term><wp:term_id>${(termId += 1)}</wp:term_id><wp:term_taxonomy>${cdata('term_translations')}</wp:term_taxonomy><wp:term_slug>${cdata(`pll_${category.key}`)}</wp:term_slug><wp:term_parent>${cdata('')}</wp:term_parent><wp:term_name>${cdata(`pll_${category.key}`)}</wp:term_name><wp:term_description>${cdata(phpGroup(group))}</wp:term_description></wp:term>\n`);
  }
  for (const locale of ['ar', 'en', 'fr']) {
    await write(`\t<wp:term><wp:term_id>${(termId += 1)}</wp:term_id><wp:term_taxonomy>${cdata('language')}</wp:term_taxonomy><wp:term_slug>${cdata(locale)}</wp:term_slug><wp:term_parent>${cdata('')}</wp:term_parent><wp:term_name>${cdata(locale)}</wp:term_name><wp:term_description>${cdata('')}</wp:term_description></wp:term>\n`);
  }

  // Groups are planned first: their post_translations terms belong in the header, before the items.
  const plan: { group: number; locale: DemoLocale; postId: number }[][] = [];
  let postId = 1000;
  while (plan.reduce((sum, group) => sum + group.length, 0) < posts) {
    let roll = next();
    const languages = patterns.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? ['ar'];
    plan.push(languages.map((locale) => ({ group: plan.length, locale, postId: (postId += 1) })));
  }
  const items = plan.flat().slice(0, posts);
  for (const group of plan) {
    if (group.length < 2) continue;
    await write(`\t<wp:term><wp:term_id>${(termId += 1)}</wp:term_id><wp:term_taxonomy>${cdata('post_translations')}</wp:term_taxonomy><wp:term_slug>${cdata(`pll_g${group[0]!.group}`)}</wp:term_slug><wp:term_parent>${cdata('')}</wp:term_parent><wp:term_name>${cdata(`pll_g${group[0]!.group}`)}</wp:term_name><wp:term_description>${cdata(phpGroup(group.map((member) => [member.locale, member.postId])))}</wp:term_description></wp:term>\n`);
  }

  const start = Date.UTC(2006, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const byLocale: Record<DemoLocale, number> = { ar: 0, en: 0, fr: 0 };
  for (const [index, { group, locale, postId: id }] of items.entries()) {
    byLocale[locale] += 1;
    const text = pick(texts[locale]);
    const category = pick(demoCategories);
    const term = categoryTerms.get(`${category.key}:${locale}`)!;
    const author = authors[group % authors.length]!;
    const date = new Date(start + Math.floor((index / items.length) * span) + Math.floor(next() * 3_600_000));
    const title = `${text.title} (${group + 1})`;
    const slug = `${slugify(text.title).slice(0, 80)}-${id}`;
    const roll = next();
    const status = roll < 0.94 ? 'publish' : roll < 0.97 ? 'draft' : roll < 0.99 ? 'private' : 'future';
    const when = status === 'future' ? new Date(Date.UTC(2031, 0, 1) + index * 60_000) : date;
    const paragraphs = [...text.paragraphs, ...pick(texts[locale]).paragraphs].slice(0, 3 + Math.floor(next() * 4));
    const blocks = paragraphs.map((paragraph) =>
      paragraph.startsWith('## ')
        ? `<!-- wp:heading -->\n<h2 class="wp-block-heading">${paragraph.slice(3)}</h2>\n<!-- /wp:heading -->`
        : `<!-- wp:paragraph -->\n<p>${paragraph}</p>\n<!-- /wp:paragraph -->`,
    );
    if (next() < 0.2) blocks.push(`<!-- wp:list -->\n<ul class="wp-block-list"><li>${text.tags[0] ?? text.title}</li><li><strong>${text.source}</strong></li></ul>\n<!-- /wp:list -->`);
    if (next() < 0.1) blocks.push('<!-- wp:shortcode -->\n[contact-form-7 id="5" title="Contact"]\n<!-- /wp:shortcode -->');
    const link = status === 'publish' ? `${site}/${locale === 'ar' ? '' : `${locale}/`}${date.getUTCFullYear()}/${two(date.getUTCMonth() + 1)}/${encodeSlug(slug)}/` : `${site}/?p=${id}`;
    const tags = text.tags.map((tag) => `\t\t<category domain="post_tag" nicename="${encodeSlug(slugify(tag))}">${cdata(tag)}</category>\n`).join('');
    const translations = plan[group]!.length > 1 ? `\t\t<category domain="post_translations" nicename="pll_g${group}">${cdata(`pll_g${group}`)}</category>\n` : '';
    await write(`\t<item>
\t\t<title>${cdata(title)}</title>\n\t\t<link>${link}</link>\n\t\t<pubDate>${when.toUTCString().replace('GMT', '+0000')}</pubDate>
\t\t<dc:creator>${cdata(author.login)}</dc:creator>\n\t\t<guid isPermaLink="false">${site}/?p=${id}</guid>\n\t\t<description></description>
\t\t<content:encoded>${cdata(blocks.join('\n\n'))}</content:encoded>\n\t\t<excerpt:encoded>${cdata(text.summary)}</excerpt:encoded>
\t\t<wp:post_id>${id}</wp:post_id>\n\t\t<wp:post_date>${cdata(wpTime(when))}</wp:post_date>\n\t\t<wp:post_date_gmt>${cdata(status === 'draft' ? '0000-00-00 00:00:00' : wpTime(when))}</wp:post_date_gmt>
\t\t<wp:post_modified>${cdata(wpTime(date))}</wp:post_modified>\n\t\t<wp:post_modified_gmt>${cdata(wpTime(date))}</wp:post_modified_gmt>
\t\t<wp:comment_status>${cdata('closed')}</wp:comment_status>\n\t\t<wp:ping_status>${cdata('closed')}</wp:ping_status>
\t\t<wp:post_name>${cdata(status === 'draft' ? '' : encodeSlug(slug))}</wp:post_name>\n\t\t<wp:status>${cdata(status)}</wp:status>
\t\t<wp:post_parent>0</wp:post_parent>\n\t\t<wp:menu_order>0</wp:menu_order>\n\t\t<wp:post_type>${cdata('post')}</wp:post_type>\n\t\t<wp:post_password>${cdata('')}</wp:post_password>\n\t\t<wp:is_sticky>0</wp:is_sticky>
\t\t<category domain="category" nicename="${encodeSlug(term.slug)}">${cdata(term.name)}</category>
${tags}\t\t<category domain="language" nicename="${locale}">${cdata(locale)}</category>
${translations}\t</item>\n`);
  }
  await write('</channel>\n</rss>\n');
  stream.end();
  await once(stream, 'finish');
  return { posts: items.length, groups: plan.length, byLocale, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { posts: { type: 'string', default: '20000' }, out: { type: 'string', default: 'data/bench-export.xml' }, seed: { type: 'string', default: '7' } } });
  const result = await generateWxr({ posts: Number(values.posts), out: values.out, seed: Number(values.seed) });
  console.log(`Wrote ${values.out}: ${result.posts} posts in ${result.groups} releases (ar ${result.byLocale.ar}, en ${result.byLocale.en}, fr ${result.byLocale.fr}), ${(result.bytes / 1e6).toFixed(1)} MB`);
}
