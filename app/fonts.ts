import localFont from 'next/font/local';

/**
 * IBM Plex Sans Arabic, self-hosted, one instance per script subset (next/font/local takes
 * literal paths only). `display: 'optional'`: the fonts are preloaded, and if they have not
 * arrived within the first ~100 ms the page keeps the system font instead of swapping later —
 * a swap reflows every line, the largest layout shift a reader on a slow phone would see.
 */
export const latinFont = localFont({
  src: [
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'optional',
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
  // No metric-matched fallback: with 'optional' nothing swaps, and a fallback family listed here
  // would catch the other script's letters before the next font in the stack.
  adjustFontFallback: false,
  variable: '--font-plex-arabic',
});
