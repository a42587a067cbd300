'use client';

import { useRouter } from 'next/navigation';
import { type DragEvent, useId, useRef, useState } from 'react';
import type { LibraryImage } from '@/lib/media/library-image';
import type { UploadResponse } from '@/lib/media/upload-response';
import { fill } from './fill';

export interface MediaUploaderStrings {
  heading: string;
  dropzone: string;
  or: string;
  choose: string;
  hint: string;
  /** Template with `{name}`. */
  progress: string;
  results: string;
  waiting: string;
  /** Template with `{percent}`. */
  sending: string;
  processing: string;
  network: string;
  failed: string;
  describe: string;
  /** Template with `{name}`. */
  describeFile: string;
}

interface MediaUploaderProps {
  /** UI language: the server answers each upload in it. */
  locale: string;
  strings: MediaUploaderStrings;
  /** Refresh the server-rendered page (the library grid) once uploads finish. */
  refreshWhenDone?: boolean;
  /** Called with each image that landed (new or already in the library). */
  onUploaded?: (image: LibraryImage) => void;
  /** `/{locale}/admin/media`: when set, each landed image links to its details (alt text, credit). */
  libraryPath?: string;
}

type Phase = 'waiting' | 'sending' | 'processing' | 'done' | 'error';

interface Upload {
  key: string;
  name: string;
  percent: number;
  phase: Phase;
  message: string;
  /** The library item, once the upload landed. */
  mediaId?: number;
}

const accepted = 'image/jpeg,image/png,image/webp,image/avif';

/** Sends one file with XMLHttpRequest: fetch() cannot report upload progress. */
function send(file: File, locale: string, onProgress: (percent: number) => void): Promise<UploadResponse | null> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/media?locale=${encodeURIComponent(locale)}`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => resolve((request.response as UploadResponse | null) ?? null);
    request.onerror = () => resolve(null);
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

/** Drag-and-drop or chosen files, several at once, each with its own progress bar and result. */
export function MediaUploader({ locale, strings, refreshWhenDone = false, onUploaded, libraryPath }: MediaUploaderProps) {
  const router = useRouter();
  const inputId = useId();
  const hintId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const counter = useRef(0);

  const update = (key: string, change: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  async function start(files: File[]) {
    if (files.length === 0) return;
    const batch = files.map((file) => ({ file, key: `upload-${(counter.current += 1)}` }));
    setUploads((current) => [...batch.map(({ file, key }) => ({ key, name: file.name, percent: 0, phase: 'waiting' as const, message: strings.waiting })), ...current]);
    let landed = false;
    // One at a time: the server processes each image on its two cores; parallel uploads would only queue there.
    for (const { file, key } of batch) {
      update(key, { phase: 'sending', message: fill(strings.sending, { percent: 0 }) });
      const response = await send(file, locale, (percent) =>
        update(key, percent < 100 ? { percent, message: fill(strings.sending, { percent }) } : { percent, phase: 'processing', message: strings.processing }),
      );
      if (!response) {
        update(key, { phase: 'error', message: strings.network });
      } else if (response.ok) {
        landed = true;
        update(key, { phase: 'done', percent: 100, message: response.message, mediaId: response.image.id });
        onUploaded?.(response.image);
      } else {
        update(key, { phase: 'error', message: response.message || strings.failed });
      }
    }
    if (landed && refreshWhenDone) router.refresh();
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void start([...event.dataTransfer.files]);
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} className="rounded border border-brand-100 p-4">
      <h2 id={`${inputId}-heading`} className="text-lg font-bold">
        {strings.heading}
      </h2>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`mt-3 flex flex-col items-center gap-2 rounded border-2 border-dashed p-6 text-center ${dragging ? 'border-brand-600 bg-brand-50' : 'border-brand-100'}`}
      >
        <p>{strings.dropzone}</p>
        <p className="text-sm text-muted">{strings.or}</p>
        <label
          htmlFor={inputId}
          className="cursor-pointer rounded bg-brand-700 px-4 py-2 font-bold text-white focus-within:outline focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-brand-600 hover:bg-brand-800"
        >
          {strings.choose}
          <input
            id={inputId}
            type="file"
            multiple
            accept={accepted}
            aria-describedby={hintId}
            className="sr-only"
            onChange={(event) => {
              void start([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
        </label>
        <p id={hintId} className="text-sm text-muted">
          {strings.hint}
        </p>
      </div>
      {uploads.length > 0 ? (
        <ul aria-label={strings.results} className="mt-4 space-y-3">
          {uploads.map((upload) => (
            <li key={upload.key} className="rounded bg-brand-50 p-3">
              <p className="font-bold" dir="auto">
                {upload.name}
              </p>
              <progress max={100} value={upload.percent} aria-label={fill(strings.progress, { name: upload.name })} className="mt-1 h-2 w-full accent-brand-700" />
              <p aria-live="polite" className={`mt-1 text-sm ${upload.phase === 'error' ? 'font-bold text-red-800' : upload.phase === 'done' ? 'text-brand-800' : 'text-muted'}`}>
                {upload.message}
              </p>
              {libraryPath && upload.mediaId ? (
                <a href={`${libraryPath}/${upload.mediaId}`} aria-label={fill(strings.describeFile, { name: upload.name })} className="mt-1 inline-block text-sm font-bold text-brand-700 underline">
                  {strings.describe}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
