// Prepared subsets of Noto Sans (from its npm package) for briefs written in Latin script: the PDF
// path then parses a small font instead of the whole Latin-Cyrillic-Greek-Vietnamese one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const base = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const OUT = new URL('../fonts/', import.meta.url).pathname;

/** Basic Latin, Latin-1, Latin Extended-A/B, IPA-free spacing marks, punctuation, currency, arrows, symbols used in briefs. */
const RANGES = [
  [0x20, 0x7e], [0xa0, 0x24f], [0x2b0, 0x2ff], [0x300, 0x36f], [0x1e00, 0x1eff],
  [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2100, 0x214f], [0x2190, 0x21ff], [0x2200, 0x22ff], [0x25a0, 0x25ff],
];
export const LATIN_TEXT = RANGES.map(([a, b]) => String.fromCodePoint(...Array.from({ length: b - a + 1 }, (_, i) => a + i))).join('');

mkdirSync(OUT, { recursive: true });
for (const f of ['400Regular/NotoSans_400Regular.ttf', '400Regular_Italic/NotoSans_400Regular_Italic.ttf', '700Bold/NotoSans_700Bold.ttf']) {
  const data = await subsetFont(readFileSync(join(base, f)), LATIN_TEXT, { targetFormat: 'truetype' });
  writeFileSync(join(OUT, f.split('/')[1].replace('.ttf', '.latin.ttf')), data);
}
