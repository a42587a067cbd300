'use client';

import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { Fragment, Slice } from '@tiptap/pm/model';
import { BlockDirectionShortcut } from '@/lib/editor/block-direction';
import { bodyExtensions } from '@/lib/editor/body-extensions';
import { failureText } from '@/lib/failure-text';
import { withoutOutsideImages } from '@/lib/media/usage';
import { slugify } from '@/lib/slug';
import type { ReleaseText } from '@/lib/editor/plain-text';
import { releaseDiff } from '@/lib/text-diff';
import type { Direction } from '@/i18n/config';
import { saveArticleAction } from '../../actions';
import { autosaveDelayMs, type Backup, backupKey, readBackup, storedForm, textOf } from './editor-backup';
import { type Conflict, ConflictPanel } from './conflict-panel.client';
import type { EditorFields, EditorPickerProps, FeaturedPreview } from './editor-types';
import { TextField } from './editor-fields.client';
import { EditorSidePanel } from './editor-side-panel.client';
import { Toolbar } from './editor-toolbar.client';

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

type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict';

export function ArticleEditor(props: ArticleEditorProps) {
  const t = useTranslations('ArticleEditor');
  const { articleId, editable } = props;
  const saveAction = props.correction?.save ?? saveArticleAction;
  const [fields, setFields] = useState<EditorFields>(props.fields);
  const [slugFollowsTitle, setSlugFollowsTitle] = useState(props.slugFollowsTitle);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [restoredBackup, setRestoredBackup] = useState(false);
  const [outsideImagesLeftOut, setOutsideImagesLeftOut] = useState(props.outsideImagesLeftOut);
  const [, startTransition] = useTransition();

  // Refs hold what the asynchronous save needs, so a save never reads a stale render's values.
  const versionRef = useRef(props.version);
  const fieldsRef = useRef(fields);
  const dirtyRef = useRef(false);
  const savingRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The text of the version this editor started from, to show what someone else changed. */
  const baseRef = useRef<ReleaseText>({ title: props.fields.title, summary: props.fields.summary, body: props.body });
  /** The body as last saved (or loaded), in its stored form. */
  const savedBodyRef = useRef<string | null>(null);

  const writeBackup = useCallback(
    (editor: Editor) => {
      const backup: Backup = { baseVersion: versionRef.current, fields: fieldsRef.current, body: editor.getJSON() };
      try {
        window.localStorage.setItem(backupKey(articleId), JSON.stringify(backup));
      } catch {
        // Storage full or disabled: the server autosave still protects the text.
      }
    },
    [articleId],
  );

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
    onCreate: ({ editor: current }) => {
      savedBodyRef.current = storedForm(current.getJSON());
    },
    onUpdate: ({ editor: current }) => {
      // The empty paragraph the editor adds after a final list or quotation is not stored, so
      // adding it (on the first click) is no change: it must not autosave, nor make the reader
      // who clicked the last editor.
      if (storedForm(current.getJSON()) === savedBodyRef.current) return;
      changed(current);
    },
  });

  const save = useCallback(
    async (kind: 'autosave' | 'save', baseVersion = versionRef.current) => {
      if (!editor || savingRef.current) return;
      savingRef.current = true;
      dirtyRef.current = false;
      setSaveState('saving');
      // ProseMirror builds attrs as null-prototype objects, which React cannot send to a server
      // action (they arrive as opaque references); a JSON round trip makes them plain.
      const body = JSON.parse(JSON.stringify(editor.getJSON())) as JSONContent;
      const sent = fieldsRef.current;
      // A request the server refuses before the action runs (over the body size limit) or that
      // never arrives rejects: the text stays in the editor and in its backup, and the writer is told.
      const result = await saveAction({ id: articleId, baseVersion, kind, fields: { ...sent, body } }).catch(() => null);
      savingRef.current = false;
      if (!result?.ok) {
        dirtyRef.current = true;
        // A refused field (a title with direction controls) says what is wrong with it, not only that something is.
        setError(result ? failureText(result) : t('notSent'));
        setSaveState('error');
        return;
      }
      if (result.data.status === 'conflict') {
        const current = result.data.current;
        setConflict({
          version: current.version,
          theirTitle: current.title,
          theirSummary: current.summary,
          theirBody: current.body,
          editorName: current.editorName,
          theirChanges: releaseDiff(baseRef.current, current),
          myText: textOf(sent.title, body),
        });
        dirtyRef.current = true;
        setSaveState('conflict');
        return;
      }
      versionRef.current = result.data.version;
      baseRef.current = { title: sent.title, summary: sent.summary, body };
      savedBodyRef.current = storedForm(body);
      setError(null);
      if (result.data.slug !== sent.slug) {
        const slug = result.data.slug;
        setFields((previous) => ({ ...previous, slug }));
        fieldsRef.current = { ...fieldsRef.current, slug };
      }
      if (dirtyRef.current) {
        // Typing continued during the save: keep the backup and save again shortly.
        setSaveState('unsaved');
        writeBackup(editor);
        schedule();
      } else {
        window.localStorage.removeItem(backupKey(articleId));
        setSaveState('saved');
      }
    },
    [editor, articleId, writeBackup, saveAction, t],
  );

  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  function schedule() {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void saveRef.current('autosave'), autosaveDelayMs);
  }

  function changed(current: Editor) {
    if (!editable) return;
    dirtyRef.current = true;
    setSaveState((state) => (state === 'conflict' ? state : 'unsaved'));
    writeBackup(current);
    if (!conflictRef.current) schedule();
  }

  const conflictRef = useRef<Conflict | null>(null);
  useEffect(() => {
    conflictRef.current = conflict;
  }, [conflict]);

  function updateField<K extends keyof EditorFields>(key: K, value: EditorFields[K]) {
    const next = { ...fieldsRef.current, [key]: value };
    if (key === 'title' && slugFollowsTitle) next.slug = slugify(String(value));
    if (key === 'slug') setSlugFollowsTitle(false);
    fieldsRef.current = next;
    setFields(next);
    if (editor) changed(editor);
  }

  // A backup left by a crash or reload comes back into the editor, to be saved like fresh typing.
  useEffect(() => {
    if (!editor || !editable) return;
    const backup = readBackup(articleId);
    if (!backup) return;
    const same = JSON.stringify(backup.body) === JSON.stringify(editor.getJSON()) && JSON.stringify(backup.fields) === JSON.stringify(fieldsRef.current);
    if (same) {
      window.localStorage.removeItem(backupKey(articleId));
      return;
    }
    versionRef.current = backup.baseVersion;
    fieldsRef.current = backup.fields;
    startTransition(() => {
      setFields(backup.fields);
      setRestoredBackup(true);
    });
    editor.commands.setContent(backup.body, { emitUpdate: false });
    dirtyRef.current = true;
    setSaveState('unsaved');
    schedule();
    // Runs once, when the editor exists.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  // Leaving with unsaved text asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current || savingRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (timerRef.current) clearTimeout(timerRef.current);
    };
  }, []);

  function keepMine() {
    if (!conflict) return;
    setConflict(null);
    void save('save', conflict.version);
  }

  function takeTheirs() {
    if (!conflict || !editor) return;
    versionRef.current = conflict.version;
    baseRef.current = { title: conflict.theirTitle, summary: conflict.theirSummary, body: conflict.theirBody };
    const next = { ...fieldsRef.current, title: conflict.theirTitle };
    fieldsRef.current = next;
    setFields(next);
    editor.commands.setContent(conflict.theirBody as JSONContent, { emitUpdate: false });
    savedBodyRef.current = storedForm(editor.getJSON());
    dirtyRef.current = false;
    window.localStorage.removeItem(backupKey(articleId));
    setSaveState('saved');
    // The writer's own text stays on screen (below) to copy from while merging.
    setConflict({ ...conflict, version: -1 });
  }

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
          <button type="button" onClick={() => void save('save')} className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
            {t('save')}
          </button>
        </div>
      ) : null}
      {error ? <p className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{error}</p> : null}
      {restoredBackup ? <p className="rounded border border-amber-300 bg-amber-50 p-3">{t('backupRestored')}</p> : null}
      {outsideImagesLeftOut ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t('outsideImagesLeftOut')}
        </p>
      ) : null}
      {conflict ? <ConflictPanel conflict={conflict} dir={props.dir} language={props.language} onKeepMine={keepMine} onTakeTheirs={takeTheirs} onDismiss={() => setConflict(null)} /> : null}

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
