/**
 * The code points of the prepared Latin subset of Noto Sans (scripts/subset-fonts.mjs makes it
 * from these ranges): Basic Latin, Latin-1, Latin Extended-A/B and Additional, spacing and
 * combining marks, punctuation, currency, letterlike symbols, arrows, maths and shapes.
 */
export const LATIN_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2b0, 0x36f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x22ff],
  [0x25a0, 0x25ff],
];

/** True when every character of the text is drawn by the Latin subset (line breaks and tabs aside). */
export function latinCovers(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (!LATIN_RANGES.some(([a, b]) => c >= a && c <= b)) return false;
  }
  return true;
}
