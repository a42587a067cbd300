import { describe, expect, it } from 'vitest';
import { isStaleSave, shouldCoalesce } from './revisions';

const start = new Date('2026-11-29T07:00:00Z');
const later = (ms: number) => new Date(start.getTime() + ms);

describe('shouldCoalesce', () => {
  const latest = { editorId: 7, reason: 'autosave', createdAt: start };

  it('folds autosaves by the same editor within a minute', () => {
    expect(shouldCoalesce(latest, { editorId: 7, kind: 'autosave', at: later(5_000) })).toBe(true);
    expect(shouldCoalesce(latest, { editorId: 7, kind: 'autosave', at: later(59_999) })).toBe(true);
  });

  it('starts a new revision after a minute', () => {
    expect(shouldCoalesce(latest, { editorId: 7, kind: 'autosave', at: later(60_000) })).toBe(false);
  });

  it('never folds another editor, a deliberate save, or into a non-autosave revision', () => {
    expect(shouldCoalesce(latest, { editorId: 8, kind: 'autosave', at: later(1_000) })).toBe(false);
    expect(shouldCoalesce(latest, { editorId: 7, kind: 'save', at: later(1_000) })).toBe(false);
    expect(shouldCoalesce({ ...latest, reason: 'save' }, { editorId: 7, kind: 'autosave', at: later(1_000) })).toBe(false);
    expect(shouldCoalesce(null, { editorId: 7, kind: 'autosave', at: later(1_000) })).toBe(false);
  });

  it('does not fold into a revision from the future (clock skew)', () => {
    expect(shouldCoalesce(latest, { editorId: 7, kind: 'autosave', at: later(-1) })).toBe(false);
  });
});

describe('isStaleSave', () => {
  it('detects a save started from an older version', () => {
    expect(isStaleSave(4, 4)).toBe(false);
    expect(isStaleSave(5, 4)).toBe(true);
  });
});
