'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { parseLinkAddress } from '@/lib/editor/link-address';

interface LinkFormProps {
  /** The address of the link being edited; empty for a new one. */
  initialHref: string;
  onApply: (href: string) => void;
  /** Present when editing an existing link. */
  onRemove?: () => void;
  onCancel: () => void;
}

/**
 * The link field under the editor's toolbar: one labelled address, checked by the same parser as
 * the server (http, https, mailto, a page of this site, or `www.` + a host name) before the link is set, with the
 * reason shown beside the field. Enter applies, Escape cancels.
 */
export function LinkForm({ initialHref, onApply, onRemove, onCancel }: LinkFormProps) {
  const t = useTranslations('ArticleEditor');
  const [address, setAddress] = useState(initialHref);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const errorId = useId();

  useEffect(() => input.current?.focus(), []);

  function apply() {
    const href = parseLinkAddress(address);
    if (href === null) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    onApply(href);
  }

  return (
    <div role="group" aria-label={t('linkForm')} className="flex flex-wrap items-end gap-2 border-x border-b border-gray-300 bg-gray-50 p-2">
      <label className="flex min-w-60 grow flex-col gap-1">
        <span className="text-sm font-bold">{t('linkAddress')}</span>
        <input
          ref={input}
          type="text"
          inputMode="url"
          dir="ltr"
          autoComplete="off"
          value={address}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            setAddress(event.target.value);
            setInvalid(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
          className="rounded border border-gray-300 px-2 py-1"
        />
        <span id={hintId} className="text-sm text-muted">
          {t('linkHint')}
        </span>
        {invalid ? (
          <span id={errorId} role="alert" className="text-sm text-red-800">
            {t('linkInvalid')}
          </span>
        ) : null}
      </label>
      <div className="flex gap-2">
        <button type="button" onClick={apply} className="rounded bg-brand-700 px-3 py-1 text-white hover:bg-brand-800">
          {t('linkApply')}
        </button>
        {onRemove ? (
          <button type="button" onClick={onRemove} className="rounded border border-gray-400 px-3 py-1">
            {t('linkRemove')}
          </button>
        ) : null}
        <button type="button" onClick={onCancel} className="rounded border border-gray-400 px-3 py-1">
          {t('linkCancel')}
        </button>
      </div>
    </div>
  );
}
