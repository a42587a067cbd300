import { type CommandProps, Extension, type JSONContent } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import type { Direction } from '@/i18n/config';

/**
 * Block direction, Bayan's way. The body container takes its direction from the release's
 * language, and every block inherits it; a block carries `dir` only when the writer chose one
 * (an English quotation inside an Arabic release). Never `dir="auto"`: it guesses from the first
 * strong letter, so "UNESCO تعلن …" turns left to right, and lists and quotations (whose first
 * letter the browser does not look for inside children that carry their own `dir`) always did.
 *
 * Tiptap's own TextDirection extension is not used: with a direction configured it stamps that
 * direction on every node, and without one it keeps no attribute at all.
 */

/** The blocks a direction can be stored on; images and inline nodes have none of their own. */
const directionalBlocks = ['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote'] as const;

function isDirection(value: unknown): value is Direction {
  return value === 'rtl' || value === 'ltr';
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blockDirection: {
      /** Marks the blocks of the selection (paragraph, heading, whole list, whole quotation) with a direction. */
      setBlockDirection: (direction: Direction) => ReturnType;
      /** Lets the blocks of the selection follow the release's language again. */
      unsetBlockDirection: () => ReturnType;
    };
  }
}

/**
 * The top-level blocks the selection touches. A direction belongs to what a writer sees as one
 * block: a paragraph, a heading, a whole list, a whole quotation. Items inside follow it.
 */
function selectedTopBlocks(state: EditorState): { node: Node; pos: number }[] {
  const { $from, $to } = state.selection;
  const blocks: { node: Node; pos: number }[] = [];
  for (let index = $from.index(0); index < Math.max($to.indexAfter(0), $from.index(0) + 1); index++) {
    const node = state.doc.maybeChild(index);
    if (node && 'dir' in node.attrs) blocks.push({ node, pos: $from.posAtIndex(index, 0) });
  }
  return blocks;
}

/** Sets `dir` on the selection's blocks and clears it inside them, so one choice decides the whole block. */
function applyDirection(direction: Direction | null) {
  return ({ state, tr, dispatch }: CommandProps) => {
    const blocks = selectedTopBlocks(state);
    if (blocks.length === 0) return false;
    if (dispatch) {
      for (const { node, pos } of blocks) {
        tr.setNodeAttribute(pos, 'dir', direction);
        node.descendants((child, offset) => {
          if (isDirection(child.attrs.dir)) tr.setNodeAttribute(pos + 1 + offset, 'dir', null);
        });
      }
    }
    return true;
  };
}

/** The direction the writer set on the block holding the cursor, or null when it follows the language. */
export function blockDirectionAt(state: EditorState): Direction | null {
  const dir: unknown = selectedTopBlocks(state)[0]?.node.attrs.dir;
  return isDirection(dir) ? dir : null;
}

export const BlockDirection = Extension.create({
  name: 'blockDirection',

  addGlobalAttributes() {
    return [
      {
        types: [...directionalBlocks],
        attributes: {
          dir: {
            default: null,
            // Pasted or legacy `dir="auto"` is dropped: the block then follows the release's language.
            parseHTML: (element) => {
              const dir = element.getAttribute('dir');
              return isDirection(dir) ? dir : null;
            },
            renderHTML: (attributes) => (isDirection(attributes.dir) ? { dir: attributes.dir } : {}),
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      setBlockDirection: (direction) => applyDirection(direction),
      unsetBlockDirection: () => applyDirection(null),
    };
  },
});

/**
 * Ctrl+Shift+X (⌘⇧X) switches the block under the cursor to the other direction, and back to
 * the language's. Chromium binds nothing to it; Firefox binds it to "switch text direction",
 * the same meaning, and the editor handles it first. Ctrl+Shift+←/→ select words, so not those.
 * Editor-only (it needs the release's direction), hence apart from the shared body extensions.
 */
export const BlockDirectionShortcut = Extension.create<{ language: Direction }>({
  name: 'blockDirectionShortcut',

  addOptions() {
    return { language: 'rtl' };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-x': () => {
        const language = this.options.language;
        const current = blockDirectionAt(this.editor.state) ?? language;
        return current === language
          ? this.editor.commands.setBlockDirection(language === 'rtl' ? 'ltr' : 'rtl')
          : this.editor.commands.unsetBlockDirection();
      },
    };
  },
});

/**
 * A stored body made clean: `dir` kept only where it is `rtl` or `ltr` (older bodies carry
 * `dir: "auto"` on every node, and the editor sends `dir: null` for "follows the language"),
 * and the empty paragraphs the editor keeps after a final list, heading or quotation dropped,
 * since the page would show them as empty <p>. Pure: the input is not changed.
 */
export function normalizeBody<T extends JSONContent>(doc: T): T {
  // Keys in ProseMirror's own order, so two normalized bodies compare equal as strings.
  const clean = (node: JSONContent): JSONContent => {
    const result: JSONContent = { type: node.type };
    if (node.attrs) {
      const { dir, ...others } = node.attrs as Record<string, unknown>;
      const kept = isDirection(dir) ? { ...others, dir } : others;
      if (Object.keys(kept).length > 0) result.attrs = kept;
    }
    if (node.content) result.content = node.content.map(clean);
    if (node.marks) result.marks = node.marks;
    if (node.text !== undefined) result.text = node.text;
    return result;
  };
  const cleaned = clean(doc);
  const blocks = [...(cleaned.content ?? [])];
  while (blocks.length > 1 && isEmptyParagraph(blocks[blocks.length - 1])) blocks.pop();
  return { ...cleaned, ...(cleaned.content ? { content: blocks } : {}) } as T;
}

function isEmptyParagraph(node: JSONContent | undefined): boolean {
  return node?.type === 'paragraph' && (node.content ?? []).length === 0;
}
