import { Font } from '@react-pdf/renderer';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let registered = false;

export const FONT = 'NotoSans';

/** Noto Sans from npm (its Google Fonts build covers Latin, Cyrillic, Greek and Devanagari), embedded; no download at run time. */
export function registerFonts(): void {
  if (registered) return;
  registered = true;
  const base = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  Font.register({
    family: FONT,
    fonts: [
      { src: join(base, '400Regular/NotoSans_400Regular.ttf'), fontWeight: 400 },
      { src: join(base, '400Regular_Italic/NotoSans_400Regular_Italic.ttf'), fontWeight: 400, fontStyle: 'italic' },
      { src: join(base, '700Bold/NotoSans_700Bold.ttf'), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(breakPoints);
}

/** Longer than any name or designator: a run of letters this long is a link or noise. */
const LONG_WORD = 40;
const PIECE = 20;
/** A stretch of a long word up to and including the punctuation after it. */
const STRETCH = /[^/._?&=,-]*[/._?&=,-]*/g;

/**
 * Where a word may break at a line's end. Names and designators are never split; a word too long for
 * any line (a link, a run of noise) may break after a slash, dot, dash or similar every few letters,
 * or it would run off the page.
 */
export function breakPoints(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const pieces: string[] = [];
  for (const part of word.match(STRETCH)!.filter(Boolean)) {
    const last = pieces.at(-1);
    if (last !== undefined && last.length + part.length <= PIECE) pieces[pieces.length - 1] = last + part;
    else for (let i = 0; i < part.length; i += PIECE) pieces.push(part.slice(i, i + PIECE));
  }
  return pieces;
}
