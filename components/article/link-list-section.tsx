import type { ReactNode } from 'react';

/**
 * A short list of links under an article (its tags, its other languages), named by its heading;
 * left out of print. `children` are the list's items; `listClassName` spaces them.
 */
export function LinkListSection({ id, heading, listClassName, children }: { id: string; heading: ReactNode; listClassName: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 print:hidden">
      <h2 id={id} className="text-base font-bold">
        {heading}
      </h2>
      <ul className={`mt-2 flex flex-wrap ${listClassName}`}>{children}</ul>
    </section>
  );
}
