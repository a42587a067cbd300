import type { MediaPickerProps } from '@/components/media/media-picker.client';

/** What the article editor and its side panel, backup and image field share. */
export interface EditorFields {
  title: string;
  slug: string;
  summary: string;
  datelineCity: string;
  source: string;
  categoryId: number | null;
  tags: string[];
  /** Wall-clock time in the organization's zone (datetime-local), or empty. */
  publishAt: string;
  featuredMediaId: number | null;
}

/** What the featured-image field shows of its image. */
export interface FeaturedPreview {
  id: number;
  src: string;
  /** In the article's language; empty when not written yet. */
  alt: string;
}

/** The picker as the server page prepares it (`mediaPickerProps`); the editor adds what a pick does. */
export type EditorPickerProps = Omit<MediaPickerProps, 'onSelect' | 'triggerLabel'>;
