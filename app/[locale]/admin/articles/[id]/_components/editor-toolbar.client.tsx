'use client';

import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { type ReactNode, useState } from 'react';
import { MediaPicker } from '@/components/media/media-picker.client';
import type { Direction } from '@/i18n/config';
import { blockDirectionAt } from '@/lib/editor/block-direction';
import type { EditorPickerProps } from './editor-types';
import { LinkForm } from './link-form.client';
import { ToolbarIcon, type ToolbarIconName } from './toolbar-icons';

/**
 * The body's formatting toolbar. Every button is an inline SVG icon with its accessible name in the
 * UI language (and the same as a tooltip): nothing depends on an emoji or symbol font being installed.
 */

/** What the toolbar shows as pressed, for the selection. */
function toolbarState(editor: Editor) {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    link: editor.isActive('link'),
    direction: blockDirectionAt(editor.state),
  };
}

export function Toolbar({ editor, picker, language, languageName }: { editor: Editor | null; picker: EditorPickerProps | null; language: Direction; languageName: string }) {
  const t = useTranslations('ArticleEditor');
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const watched = useEditorState({ editor, selector: ({ editor: current }) => (current ? toolbarState(current) : null) });
  // useEditorState keeps its first (null) answer until the editor's first transaction, so the
  // toolbar (and its direction control) stayed hidden until a click in the text.
  const active = watched ?? (editor ? toolbarState(editor) : null);
  if (!editor || !active) return null;
  const chain = () => editor.chain().focus();
  const buttons: { key: ToolbarIconName; label: string; run: () => void }[] = [
    { key: 'bold', label: t('bold'), run: () => chain().toggleBold().run() },
    { key: 'italic', label: t('italic'), run: () => chain().toggleItalic().run() },
    { key: 'h2', label: t('heading2'), run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'h3', label: t('heading3'), run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bulletList', label: t('bulletList'), run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', label: t('orderedList'), run: () => chain().toggleOrderedList().run() },
    { key: 'blockquote', label: t('blockquote'), run: () => chain().toggleBlockquote().run() },
    { key: 'link', label: t('link'), run: () => setLinkFormOpen((open) => !open) },
  ];
  // Back to the text either way; a change applies to the whole link under the cursor.
  const closeLinkForm = (change?: (links: ReturnType<typeof chain>) => ReturnType<typeof chain>) => {
    setLinkFormOpen(false);
    (change ? change(chain().extendMarkRange('link')) : chain()).run();
  };
  const linkHref: unknown = editor.getAttributes('link').href;
  return (
    <>
      <div role="toolbar" aria-label={t('toolbar')} className="flex flex-wrap gap-1 rounded-t border border-gray-300 bg-gray-50 p-1">
        {buttons.map((button) => (
          <button
            key={button.key}
            type="button"
            aria-label={button.label}
            title={button.label}
            aria-pressed={button.key === 'link' ? active.link || linkFormOpen : active[button.key]}
            onClick={button.run}
            className="min-w-9 rounded px-2 py-1 hover:bg-brand-100 aria-pressed:bg-brand-100 aria-pressed:text-brand-800"
          >
            <ToolbarIcon name={button.key} />
          </button>
        ))}
        <DirectionControl
          current={active.direction}
          language={language}
          languageName={languageName}
          onChange={(direction) => (direction ? chain().setBlockDirection(direction).run() : chain().unsetBlockDirection().run())}
        />
        {picker ? (
          <MediaPicker
            {...picker}
            triggerLabel={t('insertImage')}
            // The node keeps its library id: public pages render the current variants, caption and credit from it.
            onSelect={(image) => chain().insertContent({ type: 'image', attrs: { mediaId: image.id, src: image.src, alt: image.alt } }).run()}
          />
        ) : null}
      </div>
      {linkFormOpen ? (
        <LinkForm
          initialHref={typeof linkHref === 'string' ? linkHref : ''}
          onApply={(href) => closeLinkForm((links) => links.setLink({ href }))}
          onRemove={active.link ? () => closeLinkForm((links) => links.unsetLink()) : undefined}
          onCancel={() => closeLinkForm()}
        />
      ) : null}
    </>
  );
}

/**
 * Right to left, left to right, or the release's language (no `dir` stored): one of the three is
 * pressed for the block under the cursor. The group sits in the toolbar's flow, so its place and
 * order mirror with the interface; the arrows do not, because they name absolute directions (a
 * "right to left" arrow pointing leftwards must read the same in the French and the Arabic interface).
 */
function DirectionControl(props: { current: Direction | null; language: Direction; languageName: string; onChange: (direction: Direction | null) => void }) {
  const t = useTranslations('ArticleEditor');
  // The shortcut (BlockDirectionShortcut) switches to the direction opposite the language's, and back.
  const opposite: Direction = props.language === 'rtl' ? 'ltr' : 'rtl';
  const choices: { value: Direction | null; label: string; icon: ReactNode }[] = [
    { value: 'rtl', label: t('directionRtl'), icon: <ParagraphArrowIcon towards="left" /> },
    { value: 'ltr', label: t('directionLtr'), icon: <ParagraphArrowIcon towards="right" /> },
    { value: null, label: t('directionFollow', { language: props.languageName }), icon: <ParagraphArrowIcon towards="both" /> },
  ];
  return (
    <div role="group" aria-label={t('direction')} className="flex gap-1 border-s border-gray-300 ps-1">
      {choices.map((choice) => (
        <button
          key={choice.value ?? 'language'}
          type="button"
          aria-label={choice.label}
          title={choice.value === opposite ? `${choice.label} — ${t('directionShortcut')}` : choice.label}
          aria-pressed={props.current === choice.value}
          aria-keyshortcuts={choice.value === opposite ? 'Control+Shift+X Meta+Shift+X' : undefined}
          onClick={() => props.onChange(choice.value)}
          className="min-w-9 rounded px-2 py-1 hover:bg-brand-100 aria-pressed:bg-brand-100 aria-pressed:text-brand-800"
        >
          {choice.icon}
        </button>
      ))}
    </div>
  );
}

/** A pilcrow over an arrow; the RTL one is the LTR drawing seen in a mirror. */
function ParagraphArrowIcon({ towards }: { towards: 'left' | 'right' | 'both' }) {
  const arrow = towards === 'both' ? 'M3 16.5h14M6 13.5l-3 3 3 3M14 13.5l3 3-3 3' : 'M3 16.5h14M14 13.5l3 3-3 3';
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false" className="block">
      <g transform={towards === 'left' ? 'matrix(-1 0 0 1 20 0)' : undefined} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
        <path d="M10 1.5H7.5a3 3 0 0 0 0 6H10" fill="currentColor" />
        <path d="M10 1.5v9M13 1.5v9M10 1.5h4.5" />
        <path d={arrow} />
      </g>
    </svg>
  );
}
