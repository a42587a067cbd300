'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { type LibraryImage, matchesLibraryQuery } from '@/lib/media/library-image';
import { MediaUploader, type MediaUploaderStrings } from './media-uploader.client';

export interface MediaPickerStrings {
  open: string;
  title: string;
  search: string;
  close: string;
  select: string;
  /** Already filled with the article language's name. */
  needsAlt: string;
  addAlt: string;
  empty: string;
}

/** What the picker hands back: enough for an image node (`mediaId`, `src`, `alt`) or a featured-image field. */
export interface PickedImage {
  id: number;
  src: string;
  alt: string;
  width: number;
  height: number;
}

export interface MediaPickerProps {
  /** The library, newest first (the page loads it with `listMedia` and `toLibraryImage`). */
  images: LibraryImage[];
  /** The article's language: only images with alt text in it can be chosen. */
  contentLocale: string;
  /** The interface language, for upload messages. */
  uiLocale: string;
  /** `/{uiLocale}/admin/media`: where a missing alt text is added. */
  libraryPath: string;
  strings: MediaPickerStrings;
  uploaderStrings: MediaUploaderStrings;
  onSelect: (image: PickedImage) => void;
  /** Text of the button that opens the dialog; defaults to `strings.open`. */
  triggerLabel?: string;
}

/**
 * A modal dialog over the library: search by alt text, caption or credit, upload new images in
 * place, pick one. Images without alt text in the article's language are shown but cannot be
 * picked, with a link to add it (the publish check would refuse them anyway).
 */
export function MediaPicker({ images, contentLocale, uiLocale, libraryPath, strings, uploaderStrings, onSelect, triggerLabel }: MediaPickerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [uploaded, setUploaded] = useState<LibraryImage[]>([]);
  const all = useMemo(() => [...uploaded, ...images.filter((image) => !uploaded.some((added) => added.id === image.id))], [images, uploaded]);
  const shown = all.filter((image) => matchesLibraryQuery(image, query));

  function pick(image: LibraryImage) {
    onSelect({ id: image.id, src: image.src, alt: image.alt[contentLocale] ?? '', width: image.width, height: image.height });
    dialog.current?.close();
  }

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className="rounded border border-brand-700 px-3 py-1 font-bold text-brand-700 hover:bg-brand-50">
        {triggerLabel ?? strings.open}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-full max-w-4xl rounded p-0 backdrop:bg-black/50">
        <div className="flex max-h-[85vh] flex-col gap-4 overflow-y-auto p-4">
          <div className="flex items-center justify-between gap-4">
            <h2 id={titleId} className="text-xl font-bold">
              {strings.title}
            </h2>
            <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-muted px-3 py-1">
              {strings.close}
            </button>
          </div>
          <div className="flex flex-col">
            <label htmlFor={searchId} className="text-sm font-bold">
              {strings.search}
            </label>
            <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} dir="auto" className="mt-1 rounded border border-muted px-3 py-2" />
          </div>
          <MediaUploader locale={uiLocale} strings={uploaderStrings} onUploaded={(image) => setUploaded((current) => [image, ...current.filter((added) => added.id !== image.id)])} />
          {shown.length === 0 ? (
            <p>{strings.empty}</p>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2 md:grid-cols-3">
              {shown.map((image) => {
                const alt = image.alt[contentLocale]?.trim() ?? '';
                return (
                  <li key={image.id} className="flex flex-col gap-2 rounded border border-brand-100 p-2">
                    {/* eslint-disable-next-line @next/next/no-img-element -- a pre-built thumbnail variant */}
                    <img
                      src={image.thumbnail}
                      alt={alt}
                      width={image.width}
                      height={image.height}
                      loading="lazy"
                      className="aspect-[3/2] w-full rounded object-cover"
                      style={image.placeholder ? { backgroundColor: image.placeholder } : undefined}
                    />
                    {alt ? (
                      <>
                        <p lang={contentLocale} dir="auto" className="text-sm">
                          {alt}
                        </p>
                        <button type="button" onClick={() => pick(image)} className="mt-auto rounded bg-brand-700 px-3 py-1 font-bold text-white hover:bg-brand-800">
                          {strings.select}
                        </button>
                      </>
                    ) : (
                      <>
                        <p className="text-sm text-amber-900">{strings.needsAlt}</p>
                        <a href={`${libraryPath}/${image.id}`} target="_blank" rel="noopener" className="mt-auto text-sm font-bold text-brand-700 underline">
                          {strings.addAlt}
                        </a>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </dialog>
    </>
  );
}
