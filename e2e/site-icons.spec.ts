import { expect, type Page, test } from '@playwright/test';

const siteNames = { ar: 'بيان — أخبار المنظمة الدولية للتعاون', en: 'Bayan — International Cooperation Organization news', fr: 'Bayan — Actualités de l’Organisation internationale de coopération' };

interface HeadLink {
  rel: string;
  href: string;
  type: string;
}

/** The `<link>` elements of the page's head, as the browser parsed them. */
function headLinks(page: Page): Promise<HeadLink[]> {
  return page.evaluate(() =>
    [...document.head.querySelectorAll('link')].map((link) => ({ rel: link.rel, href: link.getAttribute('href') ?? '', type: link.type })),
  );
}

/** Parses an SVG document in the browser: whether it is well-formed, and its root `<title>`. */
function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { wellFormed: !svg.querySelector('parsererror'), title: svg.querySelector('svg > title')?.textContent ?? '' };
  }, text);
}

test('the home page links its icons and its own language’s manifest, and each answers with its type', async ({ page, request }) => {
  await page.goto('/fr');
  const links = await headLinks(page);
  const expected = [
    { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
    { rel: 'icon', href: '/favicon.ico', type: 'image/x-icon' },
    { rel: 'apple-touch-icon', href: '/apple-touch-icon.png', type: 'image/png' },
    { rel: 'manifest', href: '/fr/manifest.webmanifest', type: 'application/manifest+json' },
  ];
  for (const { rel, href, type } of expected) {
    expect(links, `${rel} ${href}`).toContainEqual(expect.objectContaining({ rel, href }));
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toContain(type);
  }
  // One declaration per kind: no leftover file-convention icon competing with these.
  expect(links.filter((link) => link.rel === 'icon')).toHaveLength(2);

  const ico = await (await request.get('/favicon.ico')).body();
  expect([...ico.subarray(0, 4)]).toEqual([0x00, 0x00, 0x01, 0x00]);
});

test('a manifest per language: localized name, direction, start URL and icons that load', async ({ request }) => {
  for (const [locale, name] of Object.entries(siteNames)) {
    const response = await request.get(`/${locale}/manifest.webmanifest`);
    expect(response.status(), locale).toBe(200);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as { name: string; lang: string; dir: string; start_url: string; icons: { src: string; type: string }[] };
    expect(manifest).toMatchObject({ name, lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr', start_url: `/${locale}` });
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) {
      const image = await request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()['content-type'], icon.src).toContain(icon.type);
    }
  }
  expect((await request.get('/de/manifest.webmanifest')).status()).toBe(404);
});

test('the organization’s logo and the favicon are well-formed SVG; the logo has a title', async ({ page, request }) => {
  const logo = await request.get('/logo.svg');
  expect(logo.status()).toBe(200);
  expect(logo.headers()['content-type']).toContain('image/svg+xml');
  expect(await readSvg(page, await logo.text())).toEqual({ wellFormed: true, title: expect.stringContaining('المنظمة الدولية للتعاون') });
  expect(await readSvg(page, await (await request.get('/favicon.svg')).text())).toMatchObject({ wellFormed: true });
});
