'use client';

import type { Editor, JSONContent } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { failureText } from '@/lib/failure-text';
import type { ReleaseText } from '@/lib/editor/plain-text';
import { slugify } from '@/lib/slug';
import { releaseDiff } from '@/lib/text-diff';
import type { saveArticleAction } from '../../actions';
import { autosaveDelayMs, type Backup, backupKey, readBackup, storedForm, textOf } from './editor-backup';
import type { Conflict } from './conflict-panel.client';
import type { EditorFields } from './editor-types';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict';

interface AutosaveOptions {
  articleId: number;
  editable: boolean;
  /** The version, fields and body the page loaded. */
  version: number;
  fields: EditorFields;
  body: JSONContent;
  /** Derive the slug from the title until the writer sets one. */
  slugFollowsTitle: boolean;
  saveAction: typeof saveArticleAction;
}

/**
 * What keeps a writer's text safe while the editor is open: autosave after a pause, a copy in the
 * browser until the server has the text (restored after a crash or reload), a conflict when
 * someone else saved meanwhile (the writer's text is never overwritten), and a question before
 * leaving with unsaved text. The editor component only draws; this owns every save.
 */
export function useArticleAutosave(editor: Editor | null, options: AutosaveOptions) {
  const t = useTranslations('ArticleEditor');
  const { articleId, editable, saveAction } = options;
  const [fields, setFields] = useState<EditorFields>(options.fields);
  const [slugFollowsTitle, setSlugFollowsTitle] = useState(options.slugFollowsTitle);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [restoredBackup, setRestoredBackup] = useState(false);
  const [, startTransition] = useTransition();

  // Refs hold what the asynchronous save needs, so a save never reads a stale render's values.
  const versionRef = useRef(options.version);
  const fieldsRef = useRef(fields);
  const dirtyRef = useRef(false);
  const savingRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflictRef = useRef<Conflict | null>(null);
  /** The text of the version this editor started from, to show what someone else changed. */
  const baseRef = useRef<ReleaseText>({ title: options.fields.title, summary: options.fields.summary, body: options.body });
  /** The body as last saved (or loaded), in its stored form. */
  const savedBodyRef = useRef<string | null>(null);

  const writeBackup = useCallback(
    (current: Editor) => {
      const backup: Backup = { baseVersion: versionRef.current, fields: fieldsRef.current, body: current.getJSON() };
      try {
        window.localStorage.setItem(backupKey(articleId), JSON.stringify(backup));
      } catch {
        // Storage full or disabled: the server autosave still protects the text.
      }
    },
    [articleId],
  );

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
  useEffect(() => {
    conflictRef.current = conflict;
  }, [conflict]);

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

  /** The editor's body changed. */
  function bodyChanged(current: Editor) {
    // The empty paragraph the editor adds after a final list or quotation is not stored, so
    // adding it (on the first click) is no change: it must not autosave, nor make the reader
    // who clicked the last editor.
    if (storedForm(current.getJSON()) === savedBodyRef.current) return;
    changed(current);
  }

  function updateField<K extends keyof EditorFields>(key: K, value: EditorFields[K]) {
    const next = { ...fieldsRef.current, [key]: value };
    if (key === 'title' && slugFollowsTitle) next.slug = slugify(String(value));
    if (key === 'slug') setSlugFollowsTitle(false);
    fieldsRef.current = next;
    setFields(next);
    if (editor) changed(editor);
  }

  // Once the editor exists: the body as loaded is the saved one, and a backup left by a crash or
  // reload comes back into the editor, to be saved like fresh typing.
  useEffect(() => {
    if (!editor) return;
    savedBodyRef.current = storedForm(editor.getJSON());
    if (!editable) return;
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

  return {
    fields,
    updateField,
    bodyChanged,
    save: () => void save('save'),
    saveState,
    error,
    restoredBackup,
    conflict,
    keepMine,
    takeTheirs,
    dismissConflict: () => setConflict(null),
  };
}
