import { describe, expect, it } from 'vitest';
import { createArticleSchema, saveArticleSchema } from './article';

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

describe('the title: one rule for creating and saving', () => {
  const hostile = 'Budget\u202E2026 fdp.exe';

  it('creation refuses direction controls, with the key the action translates', () => {
    const created = createArticleSchema.safeParse({ locale: 'en', title: hostile });
    expect(created.success).toBe(false);
    expect(created.error?.issues[0]).toMatchObject({ path: ['title'], message: 'bidiControls' });
    expect(createArticleSchema.safeParse({ locale: 'ar', title: 'بيان عن الموازنة' }).success).toBe(true);
  });

  it('saving refuses the same titles', () => {
    const saved = saveArticleSchema.safeParse({ id: 1, baseVersion: 1, kind: 'save', fields: { ...fields, featuredMediaId: null, title: hostile } });
    expect(saved.error?.issues[0]).toMatchObject({ path: ['fields', 'title'], message: 'bidiControls' });
  });
});
