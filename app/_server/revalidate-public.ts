import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * After a publish, schedule, unpublish or restore of public text: every public surface (home,
 * article pages in every language, lists, feeds) is refreshed at once. The one place to change
 * when public caching becomes finer-grained.
 */
export function revalidatePublicSurfaces(): void {
  revalidatePath('/[locale]', 'layout');
}
