import { describe, expect, it } from 'vitest';
import { mediaDetailsFromForm, mediaDetailsSchema } from './media';

describe('media details form', () => {
  it('reads every language from the form and trims the texts', () => {
    const form = new FormData();
    form.set('id', '7');
    form.set('credit', '  Agence  ');
    form.set('texts.ar.alt', ' وفد المنظمة ');
    form.set('texts.en.caption', 'Opening session');
    const parsed = mediaDetailsSchema.parse(mediaDetailsFromForm(form));
    expect(parsed).toEqual({
      id: 7,
      credit: 'Agence',
      texts: { ar: { alt: 'وفد المنظمة', caption: '' }, en: { alt: '', caption: 'Opening session' }, fr: { alt: '', caption: '' } },
    });
  });

  it('refuses an alt text longer than 300 characters', () => {
    const form = new FormData();
    form.set('id', '7');
    form.set('texts.fr.alt', 'x'.repeat(301));
    expect(mediaDetailsSchema.safeParse(mediaDetailsFromForm(form)).success).toBe(false);
  });
});
