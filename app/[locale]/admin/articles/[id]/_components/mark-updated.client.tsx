'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { markTranslationUpdatedAction } from '../../actions';

/** Clears the "source changed" flag once the translator has carried the change over. */
export function MarkUpdatedButton({ articleId, label }: { articleId: number; label: string }) {
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
            const result = await markTranslationUpdatedAction({ id: articleId });
            setMessage(result.ok ? null : result.message);
            router.refresh();
          })
        }
        className="mt-2 rounded bg-brand-700 px-4 py-2 text-white"
      >
        {label}
      </button>
      {message ? <p className="mt-2 text-red-800">{message}</p> : null}
    </>
  );
}
