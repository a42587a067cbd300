import { describe, expect, it } from 'vitest';
import { manifestPath, webAppManifest } from './web-manifest';

describe('webAppManifest', () => {
  it('opens an installed site in its own language and direction', () => {
    const arabic = webAppManifest({ locale: 'ar', name: 'بيان — أخبار', shortName: 'بيان', description: 'وصف' });
    expect(arabic).toMatchObject({ name: 'بيان — أخبار', short_name: 'بيان', lang: 'ar', dir: 'rtl', start_url: '/ar', scope: '/ar' });
    expect(webAppManifest({ locale: 'fr', name: 'Bayan', shortName: 'Bayan', description: '' })).toMatchObject({ lang: 'fr', dir: 'ltr', start_url: '/fr' });
  });

  it('offers an SVG icon and the 192 and 512 px PNGs installers ask for', () => {
    const { icons } = webAppManifest({ locale: 'en', name: 'Bayan', shortName: 'Bayan', description: '' });
    expect(icons.map((icon) => icon.sizes)).toEqual(['any', '192x192', '512x512']);
    expect(manifestPath('en')).toBe('/en/manifest.webmanifest');
  });
});
