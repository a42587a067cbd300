/** The toolbar's icons, drawn inline (20×20, current colour): they render the same on every system. */
export type ToolbarIconName = 'bold' | 'italic' | 'h2' | 'h3' | 'bulletList' | 'orderedList' | 'blockquote' | 'link';

const letterIcons: Partial<Record<ToolbarIconName, { text: string; style?: 'italic' }>> = {
  bold: { text: 'B' },
  italic: { text: 'I', style: 'italic' },
  h2: { text: 'H2' },
  h3: { text: 'H3' },
};

const pathIcons: Partial<Record<ToolbarIconName, string>> = {
  bulletList: 'M8 5h9M8 10h9M8 15h9M3.5 4.2v1.6M3.5 9.2v1.6M3.5 14.2v1.6',
  orderedList: 'M8 5h9M8 10h9M8 15h9M3 3.5l1.2-.7V7M2.6 9.2c.4-.6 1.9-.6 2 .3.1.7-2 1.6-2 2.3h2.1M2.6 13.6h1.9l-1 1.1c.9 0 1.3.4 1.2 1-.1.8-1.5 1-2.1.4',
  blockquote: 'M4 14.5c1.8-.3 3-1.6 3-3.5V7.5H3.5V11H7M12 14.5c1.8-.3 3-1.6 3-3.5V7.5h-3.5V11H15',
  link: 'M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-1 1M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l1-1',
};

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  const letters = letterIcons[name];
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false" className="block" data-icon={name}>
      {letters ? (
        // Latin letters in the UI's own font, inside the SVG: no glyph outside the basic Latin set.
        <text x="10" y="15" textAnchor="middle" fontSize={letters.text.length > 1 ? 11 : 15} fontWeight="700" fontStyle={letters.style} fill="currentColor" direction="ltr">
          {letters.text}
        </text>
      ) : (
        <path d={pathIcons[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  );
}
