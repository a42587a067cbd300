import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { extensions as coreExtensions, getSchema, type JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { BlockDirection, normalizeBody } from '@/lib/editor/block-direction';
import { bodyExtensions } from '@/lib/editor/body-extensions';

const migration = fs.readFileSync(path.join(import.meta.dirname, 'migrations', '0005_block_direction.sql'), 'utf8');

// The body as the editor stored it before: every node stamped `dir: "auto"` by Tiptap's TextDirection.
const legacySchema = getSchema([...bodyExtensions.filter((extension) => extension !== BlockDirection), coreExtensions.TextDirection.configure({ direction: 'auto' })]);
const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string, attrs?: Record<string, unknown>) => ({ type: 'paragraph', ...(attrs ? { attrs } : {}), content: [text(value)] });
const written: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('UNESCO تعلن')] },
    paragraph('قالت "dir":"auto" في النص يبقى كما هو.'),
    { type: 'paragraph', content: [text('سطر'), { type: 'hardBreak' }, text('ثانٍ')] },
    { type: 'blockquote', attrs: { dir: 'ltr' }, content: [paragraph('"We agree," he said.')] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('أولاً ٥٠٪')] }] },
    { type: 'paragraph' },
  ],
};
const legacy = legacySchema.nodeFromJSON(written).toJSON() as JSONContent;

function migrate(body: unknown): unknown {
  const sqlite = new Database(':memory:');
  sqlite.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT NOT NULL); CREATE TABLE article_revisions (id INTEGER PRIMARY KEY, body TEXT NOT NULL);');
  sqlite.prepare('INSERT INTO articles (body) VALUES (?)').run(JSON.stringify(body));
  sqlite.prepare('INSERT INTO article_revisions (body) VALUES (?)').run(JSON.stringify(body));
  for (const statement of migration.split('--> statement-breakpoint')) sqlite.exec(statement);
  const [article, revision] = ['articles', 'article_revisions'].map((table) => JSON.parse((sqlite.prepare(`SELECT body FROM ${table}`).get() as { body: string }).body) as unknown);
  expect(revision).toEqual(article);
  return article;
}

describe('migration 0004: stored bodies lose dir="auto" and their empty last paragraph', () => {
  it('starts from what the old editor stored: dir "auto" on every node', () => {
    // doc, heading, 3 paragraphs, the hard break, the list, its item and paragraph, the empty paragraph; not the quotation (ltr).
    expect(JSON.stringify(legacy).match(/"dir":"auto"/g)?.length).toBe(10);
  });

  it('leaves exactly what normalizeBody gives: the writer\'s direction kept, text untouched', () => {
    const migrated = migrate(legacy);
    expect(migrated).toEqual(normalizeBody(legacy));
    expect(JSON.stringify(migrated)).not.toMatch(/"dir":"auto"/);
    expect(migrated).toMatchObject({ content: [{}, { content: [{ text: 'قالت "dir":"auto" في النص يبقى كما هو.' }] }, {}, { attrs: { dir: 'ltr' } }, {}] });
    expect((migrated as JSONContent).content).toHaveLength(5);
  });

  it('changes nothing in a body already clean', () => {
    const clean = normalizeBody(legacy);
    expect(migrate(clean)).toEqual(clean);
    const empty = { type: 'doc', content: [{ type: 'paragraph' }] };
    expect(migrate(empty)).toEqual(empty);
  });
});
