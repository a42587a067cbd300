'use client';

import { useEffect, useState } from 'react';

/**
 * Appears once the reader has scrolled past one screen; takes them (and the keyboard focus) back
 * to the top. Tiny on purpose: a native button, one passive scroll listener, no library.
 */
export function BackToTop({ label, targetId }: { label: string; targetId: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const update = () => setShown(window.scrollY > window.innerHeight);
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
  }, []);
  return (
    <button
      type="button"
      hidden={!shown}
      aria-label={label}
      title={label}
      onClick={() => {
        const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
        window.scrollTo({ top: 0, behavior: reduced ? 'auto' : 'smooth' });
        document.getElementById(targetId)?.focus({ preventScroll: true });
      }}
      className="fixed end-4 bottom-4 z-40 grid size-12 place-items-center rounded-full bg-brand-700 text-white shadow-lg hover:bg-brand-800 print:hidden"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
        <path d="M12 19V5M5 12l7-7 7 7" />
      </svg>
    </button>
  );
}
