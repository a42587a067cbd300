import { slugify } from '../../lib/slug';
import type { DemoCategory, DemoCategoryKey, DemoLocale } from './types';

/** A section whose Arabic slug is its name's (as the admin's form would make it); the Latin ones are shortened by hand. */
const section = (key: DemoCategoryKey, names: Record<DemoLocale, string>, latinSlugs: { en: string; fr: string }): DemoCategory => ({
  key,
  names,
  slugs: { ar: slugify(names.ar), ...latinSlugs },
});

/** The six sections of the demo newsroom, in display order. */
export const demoCategories: DemoCategory[] = [
  section('summits', { ar: 'القمم والمؤتمرات', en: 'Summits and Conferences', fr: 'Sommets et conférences' }, { en: 'summits-conferences', fr: 'sommets-conferences' }),
  section('humanitarian', { ar: 'الشؤون الإنسانية', en: 'Humanitarian Affairs', fr: 'Affaires humanitaires' }, { en: 'humanitarian-affairs', fr: 'affaires-humanitaires' }),
  section('economy', { ar: 'الاقتصاد والتجارة', en: 'Economy and Trade', fr: 'Économie et commerce' }, { en: 'economy-trade', fr: 'economie-commerce' }),
  section('culture', { ar: 'الثقافة والتراث', en: 'Culture and Heritage', fr: 'Culture et patrimoine' }, { en: 'culture-heritage', fr: 'culture-patrimoine' }),
  section('science', { ar: 'العلوم والتعليم', en: 'Science and Education', fr: 'Sciences et éducation' }, { en: 'science-education', fr: 'sciences-education' }),
  section('secretariat', { ar: 'الأمانة العامة', en: 'General Secretariat', fr: 'Secrétariat général' }, { en: 'general-secretariat', fr: 'secretariat-general' }),
];
