'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { restoreRevisionAction } from '../../actions';

/** Makes a new revision from an old one; nothing between them is lost. */
export function RestoreButton({ articleId, revisionId, label }: { articleId: number; revisionId: number; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await restoreRevisionAction({ id: articleId, revisionId });
            setMessage(result.ok ? null : result.message);
            router.refresh();
          })
        }
        className="text-sm font-bold text-brand-700 underline"
      >
        {label}
      </button>
      {message ? <span className="ms-2 text-sm text-red-800">{message}</span> : null}
    </>
  );
}
