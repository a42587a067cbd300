import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/render';
import { searchColumnsFor } from '@/lib/search-text';
import { cachedSearchColumns, generateArchive, rareWord, seededRandom, zipfPicker } from './archive-data';
import { formatTable, percentiles } from './archive-stats';

const now = new Date('2026-11-30T12:00:00Z');
const sample = () => [...generateArchive({ articles: 3000, years: 20, now, authors: 40 })];

describe('the synthetic archive', () => {
  it('is the same on every run, about 60 % Arabic, ids rising with time over 20 years', () => {
    const archive = sample();
    expect(archive.map((a) => a.slug)).toEqual(sample().map((a) => a.slug));
    const arabic = archive.filter((a) => a.locale === 'ar').length / archive.length;
    expect(arabic).toBeGreaterThan(0.55);
    expect(arabic).toBeLessThan(0.65);
    const times = archive.map((a) => a.createdAt.getTime());
    expect(times.every((time, i) => i === 0 || time >= times[i - 1]! - 3_600_000)).toBe(true);
    expect(now.getTime() - times[0]!).toBeGreaterThan(19.9 * 365 * 86_400_000);
    expect(new Set(archive.map((a) => `${a.locale}/${a.slug}`)).size).toBe(archive.length);
  });

  it('links translations in one group, one version per language, from the group’s first', () => {
    const archive = sample();
    const translations = archive.filter((a) => a.translatedFromId !== null);
    expect(translations.length / archive.length).toBeGreaterThan(0.15);
    const byGroup = new Map<string, typeof archive>();
    for (const article of archive) byGroup.set(article.translationGroupId, [...(byGroup.get(article.translationGroupId) ?? []), article]);
    for (const members of byGroup.values()) {
      expect(new Set(members.map((m) => m.locale)).size).toBe(members.length);
      for (const member of members.slice(1)) expect(member.translatedFromId).toBe(members[0]!.id);
    }
  });

  it('holds work in progress only in the last year, and a few scheduled releases', () => {
    const archive = sample();
    const year = 365 * 86_400_000;
    for (const article of archive.filter((a) => a.status !== 'published')) expect(now.getTime() - article.createdAt.getTime()).toBeLessThan(year + 86_400_000);
    expect(archive.filter((a) => a.status === 'published').length / archive.length).toBeGreaterThan(0.95);
  });

  it('stores the same search text as searchColumnsFor, paragraph by paragraph', () => {
    const columns = cachedSearchColumns();
    for (const article of sample().slice(0, 40)) {
      expect(columns(article)).toEqual(searchColumnsFor({ title: article.title, summary: article.summary, body: bodyFromParagraphs(article.paragraphs) }));
    }
  });

  it('has a rare word per language that no other demo text holds', () => {
    for (const locale of ['ar', 'en', 'fr'] as const) expect(rareWord(locale)?.word.length).toBeGreaterThanOrEqual(6);
  });

  it('skews paragraph choice: the first is common, the last rare', () => {
    const pick = zipfPicker(200, 1.1, seededRandom(1));
    const counts = new Array<number>(200).fill(0);
    for (let i = 0; i < 20_000; i += 1) counts[pick()]! += 1;
    expect(counts[0]!).toBeGreaterThan(50 * Math.max(1, counts[199]!));
  });
});

describe('benchmark statistics', () => {
  it('takes the median and 95th percentile by nearest rank', () => {
    expect(percentiles(Array.from({ length: 100 }, (_, i) => 100 - i))).toEqual({ n: 100, p50: 50, p95: 95 });
    expect(percentiles([7])).toEqual({ n: 1, p50: 7, p95: 7 });
  });

  it('prints one Markdown table with the budget verdicts', () => {
    const table = formatTable([
      { name: 'search', value: '3.0 / 9.0 ms', budget: 'p95 ≤ 30 ms', ok: true },
      { name: 'rss', value: '300 MB', budget: '≤ 400 MB', ok: false },
    ]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toMatch(/\| search +\| 3\.0 \/ 9\.0 ms +\| p95 ≤ 30 ms \| ok +\|/);
    expect(table).toContain('OVER');
  });
});
