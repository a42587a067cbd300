'use client';

import { useState } from 'react';
import type { Direction } from '@/i18n/config';

/** The editor's plain fields: text in the release's language and direction, and the tag list. */

export function TextField(props: { label: string; value: string; onChange: (value: string) => void; dir: Direction; lang: string; disabled: boolean; hint?: string; className?: string }) {
  return (
    <label className={`flex flex-col gap-1 ${props.className ?? ''}`}>
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

export function TagsField(props: {
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
            className="min-w-0 flex-1 rounded border border-gray-300 px-3 py-2"
          />
          <datalist id="known-tags">
            {props.known.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
          <button type="button" onClick={add} className="shrink-0 rounded border border-gray-300 px-3 py-2">
            {props.addLabel}
          </button>
        </div>
      )}
    </div>
  );
}
