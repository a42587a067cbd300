'use client';

import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { isolated } from '@/components/isolated';
import { MediaPicker, type MediaPickerProps, type PickedImage } from '@/components/media/media-picker.client';
import { Fragment, Slice } from '@tiptap/pm/model';
import { blockDirectionAt, BlockDirectionShortcut, normalizeBody } from '@/lib/editor/block-direction';
import { bodyExtensions } from '@/lib/editor/body-extensions';
import { bodyPlainText, releaseTextBlocks, type TextBlock } from '@/lib/editor/plain-text';
import { failureText } from '@/lib/failure-text';
import { withoutOutsideImages } from '@/lib/media/usage';
import { slugify } from '@/lib/slug';
import { blockDiff, type DiffBlock } from '@/lib/text-diff';
import { directionOf, type Direction } from '@/i18n/config';
import { saveArticleAction } from '../../actions';
import { DiffView } from './diff-view';
import { LinkForm } from './link-form.client';

export interface EditorFields {
  title: string;
  slug: string;
  summary: string;
  datelineCity: string;
  source: string;
  categoryId: number | null;
  tags: string[];
  /** Wall-clock time in the organization's zone (datetime-local), or empty. */
  publishAt: string;
  featuredMediaId: number | null;
}

/** What the featured-image field shows of its image. */
export interface FeaturedPreview {
  id: number;
  src: string;
  /** In the article's language; empty when not written yet. */
  alt: string;
}

/** The picker as the server page prepares it (`mediaPickerProps`); the editor adds what a pick does. */
export type EditorPickerProps = Omit<MediaPickerProps, 'onSelect' | 'triggerLabel'>;

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
}

type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict';

interface Backup {
  baseVersion: number;
  fields: EditorFields;
  body: JSONContent;
}

interface Conflict {
  version: number;
  theirTitle: string;
  theirBody: unknown;
  editorName: string | null;
  theirChanges: DiffBlock[];
  myText: string;
}

const autosaveDelayMs = 2_500;
const backupKey = (id: number) => `bayan:article-backup:${id}`;

function readBackup(id: number): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

function textOf(title: string, body: unknown) {
  return `${title}\n\n${bodyPlainText(body)}`;
}

/** The body as the server will store it, to tell a real change from one that stores nothing new. */
function storedForm(body: JSONContent) {
  return JSON.stringify(normalizeBody(body));
}

export function ArticleEditor(props: ArticleEditorProps) {
  const t = useTranslations('ArticleEditor');
  const { articleId, editable } = props;
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
  const baseBlocksRef = useRef<TextBlock[]>(releaseTextBlocks({ title: props.fields.title, body: props.body }));
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
      const result = await saveArticleAction({ id: articleId, baseVersion, kind, fields: { ...sent, body } }).catch(() => null);
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
          theirBody: current.body,
          editorName: current.editorName,
          theirChanges: blockDiff(baseBlocksRef.current, releaseTextBlocks(current)),
          myText: textOf(sent.title, body),
        });
        dirtyRef.current = true;
        setSaveState('conflict');
        return;
      }
      versionRef.current = result.data.version;
      baseBlocksRef.current = releaseTextBlocks({ title: sent.title, body });
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
    [editor, articleId, writeBackup, t],
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
    baseBlocksRef.current = releaseTextBlocks({ title: conflict.theirTitle, body: conflict.theirBody });
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
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" aria-live="polite" className="text-sm font-bold text-muted" data-testid="save-state">
          {statusText}
        </p>
        {editable ? (
          <button type="button" onClick={() => void save('save')} className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
            {t('save')}
          </button>
        ) : null}
      </div>
      {error ? <p className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{error}</p> : null}
      {restoredBackup ? <p className="rounded border border-amber-300 bg-amber-50 p-3">{t('backupRestored')}</p> : null}
      {outsideImagesLeftOut ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t('outsideImagesLeftOut')}
        </p>
      ) : null}
      {conflict ? <ConflictPanel conflict={conflict} dir={props.dir} language={props.language} onKeepMine={keepMine} onTakeTheirs={takeTheirs} onDismiss={() => setConflict(null)} /> : null}

      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={t('title')} value={fields.title} onChange={(value) => updateField('title', value)} dir={props.dir} lang={props.language} disabled={!editable} wide />
        <TextField label={t('slug')} value={fields.slug} onChange={(value) => updateField('slug', value)} dir={props.dir} lang={props.language} disabled={!editable} hint={t('slugHint')} />
        <TextField label={t('datelineCity')} value={fields.datelineCity} onChange={(value) => updateField('datelineCity', value)} dir={props.dir} lang={props.language} disabled={!editable} />
        <TextField label={t('source')} value={fields.source} onChange={(value) => updateField('source', value)} dir={props.dir} lang={props.language} disabled={!editable} />
        <label className="flex flex-col gap-1">
          <span className="font-bold">{t('category')}</span>
          <select
            value={fields.categoryId ?? ''}
            disabled={!editable}
            onChange={(event) => updateField('categoryId', event.target.value === '' ? null : Number(event.target.value))}
            className="rounded border border-gray-300 px-3 py-2"
          >
            <option value="">{t('noCategory')}</option>
            {props.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-bold">{t('publishAt', { zone: props.timeZone })}</span>
          <input
            type="datetime-local"
            step={1}
            value={fields.publishAt}
            disabled={!editable}
            onChange={(event) => updateField('publishAt', event.target.value)}
            className="rounded border border-gray-300 px-3 py-2"
          />
          <span className="text-sm text-muted">{t('publishAtHint')}</span>
        </label>
        <FeaturedImageField
          fieldId={fields.featuredMediaId}
          initial={props.featured}
          picker={editable ? props.picker : null}
          language={props.language}
          languageName={props.languageName}
          onChange={(id) => updateField('featuredMediaId', id)}
        />
        <TagsField label={t('tags')} addLabel={t('addTag')} removeLabel={(tag) => t('removeTag', { tag })} tags={fields.tags} known={props.knownTags} disabled={!editable} dir={props.dir} lang={props.language} onChange={(tags) => updateField('tags', tags)} />
      </div>
      <label className="flex flex-col gap-1">
        <span className="font-bold">{t('summary')}</span>
        <textarea
          value={fields.summary}
          disabled={!editable}
          dir={props.dir}
          lang={props.language}
          rows={3}
          onChange={(event) => updateField('summary', event.target.value)}
          className="rounded border border-gray-300 px-3 py-2"
        />
      </label>
      <div>
        <p className="mb-1 font-bold" id="body-label">
          {t('body')}
        </p>
        {editable ? <Toolbar editor={editor} picker={props.picker} language={props.dir} languageName={props.languageName} /> : null}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

function TextField(props: { label: string; value: string; onChange: (value: string) => void; dir: Direction; lang: string; disabled: boolean; hint?: string; wide?: boolean }) {
  return (
    <label className={`flex flex-col gap-1 ${props.wide ? 'md:col-span-2' : ''}`}>
      <span className="font-bold">{props.label}</span>
      <input
        value={props.value}
        dir={props.dir}
        lang={props.lang}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value)}
        className="rounded border border-gray-300 px-3 py-2"
      />
      {props.hint ? <span className="text-sm text-muted">{props.hint}</span> : null}
    </label>
  );
}

function TagsField(props: {
  label: string;
  addLabel: string;
  removeLabel: (tag: string) => string;
  tags: string[];
  known: string[];
  disabled: boolean;
  dir: Direction;
  lang: string;
  onChange: (tags: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const name = draft.trim();
    if (name !== '' && !props.tags.includes(name)) props.onChange([...props.tags, name]);
    setDraft('');
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="tag-input" className="font-bold">
        {props.label}
      </label>
      <ul className="flex flex-wrap gap-2">
        {props.tags.map((tag) => (
          <li key={tag} className="flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm">
            <bdi lang={props.lang} dir={props.dir}>
              {tag}
            </bdi>
            {props.disabled ? null : (
              <button type="button" aria-label={props.removeLabel(tag)} onClick={() => props.onChange(props.tags.filter((other) => other !== tag))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {props.disabled ? null : (
        <div className="flex gap-2">
          <input
            id="tag-input"
            list="known-tags"
            value={draft}
            dir={props.dir}
            lang={props.lang}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ',') {
                event.preventDefault();
                add();
              }
            }}
            className="flex-1 rounded border border-gray-300 px-3 py-2"
          />
          <datalist id="known-tags">
            {props.known.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
          <button type="button" onClick={add} className="rounded border border-gray-300 px-3 py-2">
            {props.addLabel}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Pick, change or remove the article's featured image. The preview follows the chosen id, so a
 * backup restored into the form shows its own image too (looked up in the library list).
 */
function FeaturedImageField(props: {
  fieldId: number | null;
  initial: FeaturedPreview | null;
  picker: EditorPickerProps | null;
  language: string;
  languageName: string;
  onChange: (id: number | null) => void;
}) {
  const t = useTranslations('ArticleEditor');
  const [picked, setPicked] = useState<FeaturedPreview | null>(props.initial);
  const { fieldId, picker } = props;
  const fromLibrary = picker?.images.find((image) => image.id === fieldId);
  const preview: FeaturedPreview | null =
    fieldId === null ? null : picked?.id === fieldId ? picked : fromLibrary ? { id: fieldId, src: fromLibrary.thumbnail, alt: fromLibrary.alt[props.language]?.trim() ?? '' } : { id: fieldId, src: '', alt: '' };

  function choose(image: PickedImage) {
    // The small variant when the library list has it; an image uploaded inside the picker only comes with its large one.
    const thumbnail = picker?.images.find((candidate) => candidate.id === image.id)?.thumbnail ?? image.src;
    setPicked({ id: image.id, src: thumbnail, alt: image.alt });
    props.onChange(image.id);
  }

  return (
    <fieldset className="flex flex-col gap-2 md:col-span-2">
      <legend className="font-bold">{t('featuredImage')}</legend>
      {preview ? (
        <figure className="flex flex-wrap items-start gap-3">
          {preview.src ? (
            // eslint-disable-next-line @next/next/no-img-element -- a stored WebP variant of the library
            <img src={preview.src} alt={preview.alt} className="aspect-[3/2] w-40 rounded object-cover" />
          ) : null}
          <figcaption className="flex flex-col gap-1 text-sm">
            {preview.alt ? (
              <>
                <span className="font-bold">{t('featuredAlt')}</span>
                <span lang={props.language} dir={directionOf(props.language)} data-testid="featured-alt">
                  {preview.alt}
                </span>
              </>
            ) : (
              <span className="text-amber-900">{t('featuredNoAlt', { language: props.languageName })}</span>
            )}
          </figcaption>
        </figure>
      ) : (
        <p className="text-sm text-muted">{t('featuredNone')}</p>
      )}
      {picker ? (
        <div className="flex flex-wrap gap-2">
          <MediaPicker {...picker} triggerLabel={preview ? t('featuredChange') : t('featuredChoose')} onSelect={choose} />
          {preview ? (
            <button type="button" onClick={() => props.onChange(null)} className="rounded border border-gray-400 px-3 py-1">
              {t('featuredRemove')}
            </button>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}

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

function Toolbar({ editor, picker, language, languageName }: { editor: Editor | null; picker: EditorPickerProps | null; language: Direction; languageName: string }) {
  const t = useTranslations('ArticleEditor');
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const watched = useEditorState({ editor, selector: ({ editor: current }) => (current ? toolbarState(current) : null) });
  // useEditorState keeps its first (null) answer until the editor's first transaction, so the
  // toolbar (and its direction control) stayed hidden until a click in the text.
  const active = watched ?? (editor ? toolbarState(editor) : null);
  if (!editor || !active) return null;
  const chain = () => editor.chain().focus();
  const buttons: { key: Exclude<keyof typeof active, 'direction'>; label: string; glyph: string; run: () => void }[] = [
    { key: 'bold', label: t('bold'), glyph: 'B', run: () => chain().toggleBold().run() },
    { key: 'italic', label: t('italic'), glyph: 'I', run: () => chain().toggleItalic().run() },
    { key: 'h2', label: t('heading2'), glyph: 'H2', run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'h3', label: t('heading3'), glyph: 'H3', run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bulletList', label: t('bulletList'), glyph: '•', run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', label: t('orderedList'), glyph: '1.', run: () => chain().toggleOrderedList().run() },
    { key: 'blockquote', label: t('blockquote'), glyph: '❝', run: () => chain().toggleBlockquote().run() },
    {
      key: 'link',
      label: t('link'),
      glyph: '🔗',
      run: () => setLinkFormOpen((open) => !open),
    },
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
            className="min-w-9 rounded px-2 py-1 font-bold hover:bg-brand-100 aria-pressed:bg-brand-100 aria-pressed:text-brand-800"
          >
            <span aria-hidden="true">{button.glyph}</span>
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
  const choices: { value: Direction | null; label: string; icon: React.ReactNode }[] = [
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

function ConflictPanel(props: { conflict: Conflict; dir: Direction; language: string; onKeepMine: () => void; onTakeTheirs: () => void; onDismiss: () => void }) {
  const t = useTranslations('ArticleEditor');
  const { conflict } = props;
  const resolved = conflict.version === -1;
  return (
    <section aria-labelledby="conflict-heading" className="rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="conflict-heading" className="text-xl font-bold">
        {t('conflictTitle')}
      </h2>
      {resolved ? (
        <p className="mt-2">{t('conflictMerging')}</p>
      ) : (
        <>
          <p className="mt-2">{t.rich('conflictExplanation', { name: isolated(conflict.editorName ?? '—') })}</p>
          <h3 className="mt-3 font-bold">{t('theirChanges')}</h3>
          <DiffView blocks={conflict.theirChanges} dir={props.dir} lang={props.language} />
        </>
      )}
      <label className="mt-3 flex flex-col gap-1">
        <span className="font-bold">{t('yourText')}</span>
        <textarea readOnly value={conflict.myText} dir={props.dir} lang={props.language} rows={6} className="rounded border border-gray-300 bg-white px-3 py-2" />
      </label>
      <div className="mt-3 flex flex-wrap gap-2">
        {resolved ? (
          <button type="button" onClick={props.onDismiss} className="rounded border border-gray-400 px-4 py-2">
            {t('conflictDone')}
          </button>
        ) : (
          <>
            <button type="button" onClick={props.onTakeTheirs} className="rounded bg-brand-700 px-4 py-2 text-white">
              {t('takeTheirs')}
            </button>
            <button type="button" onClick={props.onKeepMine} className="rounded border border-gray-400 px-4 py-2">
              {t('keepMine')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
