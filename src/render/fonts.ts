import { Font } from '@react-pdf/renderer';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latinCovers } from './font-coverage.js';

const require = createRequire(import.meta.url);
let registered = false;

/** Noto Sans as npm ships it: Latin, Cyrillic, Greek and Vietnamese. */
export const FONT = 'NotoSans';
/** The same font cut to Latin script (prepared at build time): a quarter of the parsing. */
export const FONT_LATIN = 'NotoSansLatin';

const FILES = [
  { file: '400Regular/NotoSans_400Regular.ttf', fontWeight: 400 },
  { file: '400Regular_Italic/NotoSans_400Regular_Italic.ttf', fontWeight: 400, fontStyle: 'italic' as const },
  { file: '700Bold/NotoSans_700Bold.ttf', fontWeight: 700 },
];
const SUBSETS = fileURLToPath(new URL('../../fonts/', import.meta.url));
const subsetOf = (file: string) => join(SUBSETS, file.split('/')[1]!.replace('.ttf', '.latin.ttf'));
const haveSubsets = () => FILES.every((f) => existsSync(subsetOf(f.file)));

/** Both families from npm-installed files, embedded; nothing is downloaded at run time. */
export function registerFonts(): void {
  if (registered) return;
  registered = true;
  const base = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  Font.register({ family: FONT, fonts: FILES.map(({ file, ...d }) => ({ src: join(base, file), ...d })) });
  if (haveSubsets()) Font.register({ family: FONT_LATIN, fonts: FILES.map(({ file, ...d }) => ({ src: subsetOf(file), ...d })) });
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

/** The family a document is set in: the Latin cut when it draws every character, else the whole font. */
export function familyFor(text: string): string {
  return haveSubsets() && latinCovers(text) ? FONT_LATIN : FONT;
}

/** The family most briefs use, for loading ahead of the brief. */
export function likelyFamily(): string {
  return haveSubsets() ? FONT_LATIN : FONT;
}
