import { describe, expect, it } from 'vitest';
import { can, canEditMedia } from '../permissions';

const writer = { id: 3, role: 'writer' as const, active: true };
const reviewer = { id: 2, role: 'reviewer' as const, active: true };

describe('media permissions', () => {
  it('lets every active user upload', () => {
    expect(can(writer, 'media.upload')).toBe(true);
    expect(can({ ...writer, active: false }, 'media.upload')).toBe(false);
  });

  it('leaves the upload limit to administrators', () => {
    expect(can(reviewer, 'media.settings')).toBe(false);
    expect(can({ ...reviewer, role: 'admin' }, 'media.settings')).toBe(true);
  });

  it('lets a writer edit their own uploads only; reviewers and admins edit all', () => {
    expect(canEditMedia(writer, { uploadedById: 3 })).toBe(true);
    expect(canEditMedia(writer, { uploadedById: 9 })).toBe(false);
    expect(canEditMedia(writer, { uploadedById: null })).toBe(false);
    expect(canEditMedia(reviewer, { uploadedById: 9 })).toBe(true);
    expect(canEditMedia({ ...reviewer, active: false }, { uploadedById: 9 })).toBe(false);
    expect(canEditMedia(null, { uploadedById: 3 })).toBe(false);
  });
});
