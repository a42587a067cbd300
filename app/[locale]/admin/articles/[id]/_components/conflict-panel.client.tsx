'use client';

import { useTranslations } from 'next-intl';
import { isolated } from '@/components/isolated';
import type { Direction } from '@/i18n/config';
import type { DiffBlock } from '@/lib/text-diff';
import { DiffView } from './diff-view';

/** Someone else saved meanwhile: their changes, the writer's own text, and the two ways out. */
export interface Conflict {
  version: number;
  theirTitle: string;
  theirSummary: string;
  theirBody: unknown;
  editorName: string | null;
  theirChanges: DiffBlock[];
  myText: string;
}

export function ConflictPanel(props: { conflict: Conflict; dir: Direction; language: string; onKeepMine: () => void; onTakeTheirs: () => void; onDismiss: () => void }) {
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
