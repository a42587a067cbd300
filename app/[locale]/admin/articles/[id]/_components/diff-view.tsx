import type { DiffPart } from '@/lib/text-diff';

/** A word diff shown inline: insertions and deletions marked for sight and for screen readers. */
export function DiffView({ parts, dir, lang }: { parts: readonly DiffPart[]; dir: 'rtl' | 'ltr'; lang: string }) {
  return (
    <p dir={dir} lang={lang} className="mt-2 rounded border border-gray-200 bg-white p-3 whitespace-pre-wrap" data-testid="diff">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index} className="bg-green-100 text-green-900">
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index} className="bg-red-100 text-red-900">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
