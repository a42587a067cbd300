import { describe, expect, it } from 'vitest';
import { readWxr, type WxrRecord } from './wxr-reader';

const wxr = (channel: string, prefix = 'wp') => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:${prefix}="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><${prefix}:wxr_version>1.2</${prefix}:wxr_version>${channel}</channel></rss>`;

/** The bytes in chunks of `size`, so multi-byte letters and tags fall across chunk boundaries. */
async function* chunks(text: string, size: number) {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function records(source: AsyncIterable<Uint8Array>): Promise<WxrRecord[]> {
  const out: WxrRecord[] = [];
  for await (const record of readWxr(source)) out.push(record);
  return out;
}

describe('readWxr', () => {
  it('reads Arabic text cut anywhere by the stream, CDATA with an escaped end, and postmeta', async () => {
    const item = `<item><title><![CDATA[قمة الفخار]]></title><content:encoded><![CDATA[<p>أ]]]]><![CDATA[>ب</p>]]></content:encoded>
      <wp:post_id>7</wp:post_id><wp:post_type><![CDATA[post]]></wp:post_type><wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta>
      <category domain="language" nicename="ar"><![CDATA[العربية]]></category></item>`;
    for (const size of [1, 3, 7, 4096]) {
      const read = (await records(chunks(wxr(item), size))).find((record) => record.kind === 'item');
      expect(read).toMatchObject({ kind: 'item', item: { title: 'قمة الفخار', content: '<p>أ]]>ب</p>', postId: 7, terms: [{ domain: 'language', nicename: 'ar', name: 'العربية' }] } });
      expect(read?.kind === 'item' && read.item.meta.get('_thumbnail_id')).toBe('9');
    }
  });

  it('goes by namespace, not by the prefix a file happens to use', async () => {
    const [item] = await records(chunks(wxr('<item><wordpress:post_id>3</wordpress:post_id></item>', 'wordpress'), 64));
    expect(item).toMatchObject({ kind: 'item', item: { postId: 3 } });
  });

  it('names what is wrong with a file that is not a complete UTF-8 WordPress export', async () => {
    const cases: [string | Buffer, string][] = [
      ['<rss version="2.0"><channel><item><title>x</title></item></channel></rss>', 'not_wxr'],
      ['<html><body>x</body></html>', 'not_wxr'],
      ['not xml at all', 'not_wxr'],
      [wxr('<item><title>x</title></item>').slice(0, -30), 'truncated'],
      [Buffer.concat([Buffer.from(wxr('<item><title>')), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from('</title></item>')]), 'not_utf8'],
      [wxr('<item><title>x</titl></item>'), 'malformed'],
    ];
    for (const [content, problem] of cases) {
      const text = typeof content === 'string' ? content : content.toString('latin1');
      const source = typeof content === 'string' ? chunks(content, 50) : (async function* () { yield content; })();
      await expect(records(source), text.slice(0, 40)).rejects.toMatchObject({ problem });
    }
  });
});
