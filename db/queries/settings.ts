import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '../index';
import { settings } from '../schema';

export interface NewsroomDefaults {
  datelineCity: string;
  source: string;
}

/**
 * The dateline city and source/agency a new article starts with, per language: setting
 * `newsroom.defaults` = `{ "<locale>": { "datelineCity": …, "source": … } }`. Null when unset.
 */
export function getNewsroomDefaults({ locale }: { locale: string }): NewsroomDefaults | null {
  const value = db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'newsroom.defaults')).get()?.value;
  if (typeof value !== 'object' || value === null) return null;
  const entry = (value as Record<string, unknown>)[locale];
  if (typeof entry !== 'object' || entry === null) return null;
  const { datelineCity, source } = entry as Record<string, unknown>;
  return typeof datelineCity === 'string' && typeof source === 'string' ? { datelineCity, source } : null;
}
