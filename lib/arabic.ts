/** Harakat (U+064B–U+065F), superscript alef (U+0670) and tatweel (U+0640): marks that change
 * neither the word nor its search match, and that readers and writers use inconsistently. */
const tashkeelAndTatweel = /[\u064B-\u065F\u0670\u0640]/g;

export function stripTashkeel(text: string): string {
  return text.replace(tashkeelAndTatweel, '');
}
