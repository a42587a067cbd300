import { slugify } from '../../lib/slug';
import { demoReleases } from '../../scripts/seed-data/releases';
import type { DemoLocale } from '../../scripts/seed-data/types';

/** A demo release's text in one language, and its public address (as the seed names it). */
export function demoArticle(key: string, locale: DemoLocale) {
  const release = demoReleases.find((candidate) => candidate.key === key);
  const translation = release?.translations[locale];
  if (!release || !translation) throw new Error(`No demo release ${key} in ${locale}`);
  return { ...translation, path: `/${locale}/news/${encodeURIComponent(slugify(translation.title))}`, groupId: `demo-${key}` };
}

/** The one demo release scheduled ahead (30 days): public nowhere until its time. */
export const embargoedKey = demoReleases.find((release) => release.state.status === 'scheduled')!.key;
