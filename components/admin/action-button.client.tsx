'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

interface ActionButtonProps {
  /** A server action with its input already bound on the server (`action.bind(null, input)`). */
  action: () => Promise<{ ok: true } | { ok: false; message: string }>;
  label: string;
  className: string;
}

/** A one-click server action: refreshes the page's data afterwards and shows the refusal, if any. */
export function ActionButton({ action, label, className }: ActionButtonProps) {
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
            const result = await action();
            setMessage(result.ok ? null : result.message);
            router.refresh();
          })
        }
        className={className}
      >
        {label}
      </button>
      {message ? <span className="ms-2 text-sm text-red-800" role="alert">{message}</span> : null}
    </>
  );
}
