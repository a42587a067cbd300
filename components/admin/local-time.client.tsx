'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** A moment in the viewer's own time zone: known only in the browser, so it appears after hydration. */
export function LocalTime({ iso, locale, label }: { iso: string; locale: string; label: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => `${new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso))} (${Intl.DateTimeFormat().resolvedOptions().timeZone})`,
    () => '',
  );
  if (text === '') return null;
  return (
    <span className="block text-sm text-muted">
      {label} <time dateTime={iso}>{text}</time>
    </span>
  );
}
