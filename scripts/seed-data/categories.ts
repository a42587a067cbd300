import type { DemoCategory } from './types';

/** The six sections of the demo newsroom, in display order. */
export const demoCategories: DemoCategory[] = [
  {
    key: 'summits',
    names: { ar: 'القمم والمؤتمرات', en: 'Summits and Conferences', fr: 'Sommets et conférences' },
    slugs: { ar: 'القمم-والمؤتمرات', en: 'summits-conferences', fr: 'sommets-conferences' },
  },
  {
    key: 'humanitarian',
    names: { ar: 'الشؤون الإنسانية', en: 'Humanitarian Affairs', fr: 'Affaires humanitaires' },
    slugs: { ar: 'الشؤون-الإنسانية', en: 'humanitarian-affairs', fr: 'affaires-humanitaires' },
  },
  {
    key: 'economy',
    names: { ar: 'الاقتصاد والتجارة', en: 'Economy and Trade', fr: 'Économie et commerce' },
    slugs: { ar: 'الاقتصاد-والتجارة', en: 'economy-trade', fr: 'economie-commerce' },
  },
  {
    key: 'culture',
    names: { ar: 'الثقافة والتراث', en: 'Culture and Heritage', fr: 'Culture et patrimoine' },
    slugs: { ar: 'الثقافة-والتراث', en: 'culture-heritage', fr: 'culture-patrimoine' },
  },
  {
    key: 'science',
    names: { ar: 'العلوم والتعليم', en: 'Science and Education', fr: 'Sciences et éducation' },
    slugs: { ar: 'العلوم-والتعليم', en: 'science-education', fr: 'sciences-education' },
  },
  {
    key: 'secretariat',
    names: { ar: 'الأمانة العامة', en: 'General Secretariat', fr: 'Secrétariat général' },
    slugs: { ar: 'الأمانة-العامة', en: 'general-secretariat', fr: 'secretariat-general' },
  },
];
