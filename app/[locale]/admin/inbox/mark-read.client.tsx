'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { markAllReadAction } from './actions';

export function MarkAllReadButton({ label }: { label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await markAllReadAction({});
          router.refresh();
        })
      }
      className="rounded border border-gray-400 px-4 py-2"
    >
      {label}
    </button>
  );
}
