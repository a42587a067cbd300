import type { JSONContent } from '@tiptap/react';
import { normalizeBody } from '@/lib/editor/block-direction';
import { bodyPlainText } from '@/lib/editor/plain-text';
import type { EditorFields } from './editor-types';

/** The editor's safety net: a copy in the browser until the server has the text, and what counts as a change. */

export interface Backup {
  baseVersion: number;
  fields: EditorFields;
  body: JSONContent;
}

export const autosaveDelayMs = 2_500;
export const backupKey = (id: number) => `bayan:article-backup:${id}`;

export function readBackup(id: number): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

export function textOf(title: string, body: unknown) {
  return `${title}\n\n${bodyPlainText(body)}`;
}

/** The body as the server will store it, to tell a real change from one that stores nothing new. */
export function storedForm(body: JSONContent) {
  return JSON.stringify(normalizeBody(body));
}
