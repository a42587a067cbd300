import type { Direction } from '@/i18n/config';
import type { DiffBlock, DiffPart } from '@/lib/text-diff';

/**
 * A word diff shown inline, block by block: insertions and deletions marked for sight and for
 * screen readers. The container has the release's direction; a block the writer marked carries
 * its own, as on the page.
 */
export function DiffView({ blocks, dir, lang }: { blocks: readonly DiffBlock[]; dir: Direction; lang: string }) {
  return (
    <div dir={dir} lang={lang} className="mt-2 flex flex-col gap-3 rounded border border-gray-200 bg-white p-3" data-testid="diff">
      {blocks.map((block, index) => (
        <p key={index} dir={block.dir ?? undefined} className="whitespace-pre-wrap">
          {block.parts.map((part, partIndex) => (
            <DiffText key={partIndex} part={part} />
          ))}
        </p>
      ))}
    </div>
  );
}

function DiffText({ part }: { part: DiffPart }) {
  if (part.kind === 'added') return <ins className="bg-green-100 text-green-900">{part.text}</ins>;
  if (part.kind === 'removed') return <del className="bg-red-100 text-red-900">{part.text}</del>;
  return <span>{part.text}</span>;
}
