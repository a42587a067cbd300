'use client';

import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Fragment, Slice } from '@tiptap/pm/model';
import { BlockDirectionShortcut } from '@/lib/editor/block-direction';
import { bodyExtensions } from '@/lib/editor/body-extensions';
import { withoutOutsideImages } from '@/lib/media/usage';
import type { Direction } from '@/i18n/config';
import { saveArticleAction } from '../../actions';
import { ConflictPanel } from './conflict-panel.client';
import type { EditorFields, EditorPickerProps, FeaturedPreview } from './editor-types';
import { TextField } from './editor-fields.client';
import { EditorSidePanel } from './editor-side-panel.client';
import { Toolbar } from './editor-toolbar.client';
import { useArticleAutosave } from './use-article-autosave';

interface ArticleEditorProps {
  articleId: number;
  version: number;
  fields: EditorFields;
  body: JSONContent;
  /** The article's language and direction: they decide how the text is edited, not the UI's. */
  language: string;
  dir: Direction;
  editable: boolean;
  /** Derive the slug from the title while the writer has not set it and the article was never public. */
  slugFollowsTitle: boolean;
  categories: { id: number; name: string }[];
  knownTags: string[];
  timeZone: string;
  /** The article language's own name, for messages about its alt texts. */
  languageName: string;
  featured: FeaturedPreview | null;
  /** The media library, offered to whoever may edit; null for read-only viewers. */
  picker: EditorPickerProps | null;
  /** The stored body held images from other sites, which `body` no longer has. */
  outsideImagesLeftOut: boolean;
  /**
   * Editing a correction's copy of a published release: saves go to the copy (never the live text),
   * and the address and publish time, which a correction does not change, are shown read-only.
   */
  correction?: { save: typeof saveArticleAction };
}

export function ArticleEditor(props: ArticleEditorProps) {
  const t = useTranslations('ArticleEditor');
  const { editable } = props;
  const [outsideImagesLeftOut, setOutsideImagesLeftOut] = useState(props.outsideImagesLeftOut);
  /** The autosave's handler for body changes, which needs the editor this creates. */
  const bodyChangedRef = useRef<(current: Editor) => void>(() => {});

  const extensions = useMemo(() => [...bodyExtensions, BlockDirectionShortcut.configure({ language: props.dir })], [props.dir]);
  const editor = useEditor({
    extensions,
    // BlockDirection (in the shared list) owns `dir`; the core extension must never stamp one on every node.
    enableCoreExtensions: { textDirection: false },
    content: props.body,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        dir: props.dir,
        lang: props.language,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('body'),
        class: 'prose-news min-h-72 rounded-b border border-t-0 border-gray-300 px-4 py-3 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600',
      },
      // Pasted or dropped content keeps only library images: an image from another site would be
      // fetched by this editor at once, and by every screen that shows the draft. What is left out
      // is said, so the writer can upload it to the library; the closed slice this returns pastes
      // as whole blocks, since the cut may have changed the pasted content's edges.
      transformPasted: (slice, view) => {
        const pasted = slice.toJSON();
        if (!pasted) return slice;
        const { body: kept, removed } = withoutOutsideImages({ type: 'doc', content: pasted.content });
        if (removed === 0) return slice;
        setOutsideImagesLeftOut(true);
        return new Slice(Fragment.fromJSON(view.state.schema, kept.content), 0, 0);
      },
    },
    onUpdate: ({ editor: current }) => bodyChangedRef.current(current),
  });

  const autosave = useArticleAutosave(editor, {
    articleId: props.articleId,
    editable,
    version: props.version,
    fields: props.fields,
    body: props.body,
    slugFollowsTitle: props.slugFollowsTitle,
    saveAction: props.correction?.save ?? saveArticleAction,
  });
  const { fields, updateField, saveState, conflict } = autosave;
  useEffect(() => {
    bodyChangedRef.current = autosave.bodyChanged;
  });

  const statusText = { saved: t('saved'), saving: t('saving'), unsaved: t('unsaved'), error: t('saveFailed'), conflict: t('conflictStatus') }[saveState];

  return (
    // The container, not the screen, decides where the details go: beside a translation's source
    // the editor has half the width of one without.
    <div className="@container flex flex-col gap-4">
      {editable ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" aria-live="polite" className="text-sm font-bold text-muted" data-testid="save-state">
            {statusText}
          </p>
          <button type="button" onClick={autosave.save} className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
            {t('save')}
          </button>
        </div>
      ) : null}
      {autosave.error ? <p className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{autosave.error}</p> : null}
      {autosave.restoredBackup ? <p className="rounded border border-amber-300 bg-amber-50 p-3">{t('backupRestored')}</p> : null}
      {outsideImagesLeftOut ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t('outsideImagesLeftOut')}
        </p>
      ) : null}
      {conflict ? <ConflictPanel conflict={conflict} dir={props.dir} language={props.language} onKeepMine={autosave.keepMine} onTakeTheirs={autosave.takeTheirs} onDismiss={autosave.dismissConflict} /> : null}

      <div className="grid items-start gap-6 @2xl:grid-cols-[minmax(0,1fr)_15rem]">
        <div className="flex flex-col gap-4" data-testid="editor-writing">
          <TextField label={t('title')} value={fields.title} onChange={(value) => updateField('title', value)} dir={props.dir} lang={props.language} disabled={!editable} className="text-xl" />
          <div>
            <p className="mb-1 font-bold" id="body-label">
              {t('body')}
            </p>
            {editable ? <Toolbar editor={editor} picker={props.picker} language={props.dir} languageName={props.languageName} /> : null}
            <EditorContent editor={editor} />
          </div>
        </div>
        <EditorSidePanel
          fields={fields}
          onChange={updateField}
          editable={editable}
          addressLocked={props.correction !== undefined}
          dir={props.dir}
          language={props.language}
          languageName={props.languageName}
          timeZone={props.timeZone}
          categories={props.categories}
          knownTags={props.knownTags}
          featured={props.featured}
          picker={props.picker}
        />
      </div>
    </div>
  );
}
