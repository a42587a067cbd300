import localFont from 'next/font/local';

/**
 * IBM Plex Sans Arabic, self-hosted, one instance per script subset (next/font/local takes
 * literal paths only). `display: 'optional'`: if the fonts have not arrived within the first
 * ~100 ms the page keeps the system font instead of swapping later — a swap reflows every line
 * (Lighthouse measured CLS 0.10 with 'swap'). Not preloaded: with the four preloads Chromium
 * held the first paint of the article page back by about a second (first paint 2.25 s → 1.3 s
 * without them, Lighthouse mobile), and with 'optional' a reader's first page rarely gets the
 * fonts in time anyway; the next pages find them in the cache.
 */
export const latinFont = localFont({
  src: [
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'optional',
  preload: false,
  // No metric-matched fallback: with 'optional' nothing swaps, and a fallback family listed here
  // would catch the other script's letters before the next font in the stack.
  adjustFontFallback: false,
  variable: '--font-plex-latin',
});

export const arabicFont = localFont({
  src: [
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'optional',
  preload: false,
  // No metric-matched fallback: with 'optional' nothing swaps, and a fallback family listed here
  // would catch the other script's letters before the next font in the stack.
  adjustFontFallback: false,
  variable: '--font-plex-arabic',
});
