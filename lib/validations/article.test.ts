import { describe, expect, it } from 'vitest';
import { saveArticleSchema } from './article';

const fields = { title: 'بيان', slug: '', summary: '', datelineCity: '', source: '', categoryId: null, tags: [], publishAt: '', body: { type: 'doc', content: [] } };
const save = (featuredMediaId: unknown) => saveArticleSchema.safeParse({ id: 1, baseVersion: 1, kind: 'save', fields: { ...fields, featuredMediaId } });

describe('saveArticleSchema: featured image', () => {
  it('carries a library id or null (no featured image)', () => {
    expect(save(7).data?.fields.featuredMediaId).toBe(7);
    expect(save(null).data?.fields.featuredMediaId).toBeNull();
  });

  it('refuses ids that cannot name a library item, and a missing field', () => {
    for (const bad of [0, -3, 1.5, 'picture', undefined]) expect(save(bad).success, String(bad)).toBe(false);
  });
});
