/** RSS 2.0, written by hand: the format is small and a library would add weight, not safety. */
import { directionOf } from '@/i18n/config';

export interface RssChannel {
  title: string;
  link: string;
  /** The feed's own URL (atom:link rel=self, which validators expect). */
  self: string;
  description: string;
  language: string;
  items: RssItem[];
}

export interface RssItem {
  title: string;
  link: string;
  description: string;
  publishedAt: Date;
  category?: string;
  /** The body as HTML (lib/render.ts), sent as content:encoded in the channel's language and direction. */
  contentHtml?: string;
}

/** Escapes text for XML, dropping characters XML 1.0 forbids (control characters). */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function renderRss(channel: RssChannel): string {
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const items = channel.items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.link),
      `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      element('description', item.description),
      // Readers show the HTML outside any page of ours: the wrapper carries the direction the blocks inherit.
      item.contentHtml === undefined ? '' : element('content:encoded', `<div lang="${channel.language}" dir="${directionOf(channel.language)}">${item.contentHtml}</div>`),
      element('pubDate', item.publishedAt.toUTCString()),
      item.category ? element('category', item.category) : '',
      '</item>',
    ].join(''),
  );
  const lastBuild = channel.items[0]?.publishedAt ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    element('description', channel.description),
    element('language', channel.language),
    element('lastBuildDate', lastBuild.toUTCString()),
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}
