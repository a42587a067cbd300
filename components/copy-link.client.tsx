'use client';

import { useState } from 'react';

/**
 * The article's address as a plain link (without JavaScript it is a permalink a reader can copy
 * from the context menu); with JavaScript a click copies it and says so in a live region.
 */
export function CopyLink({ url, label, copiedLabel, className }: { url: string; label: string; copiedLabel: string; className: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <a
        href={url}
        className={className}
        onClick={(event) => {
          if (!navigator.clipboard) return;
          event.preventDefault();
          // The address as the browser resolved it: percent-encoded, safe to paste anywhere.
          void navigator.clipboard.writeText(event.currentTarget.href).then(() => setCopied(true));
        }}
      >
        {label}
      </a>
      <span role="status" className="sr-only">
        {copied ? copiedLabel : ''}
      </span>
    </>
  );
}
