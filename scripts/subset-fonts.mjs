// Prepared subsets of Noto Sans (from its npm package) for briefs written in Latin script: the PDF
// path then parses a quarter of the font instead of the whole Latin-Cyrillic-Greek-Vietnamese one.
// Runs after tsc (the ranges are the renderer's own, from dist/); the output ships in the package.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LATIN_RANGES } from '../dist/render/font-coverage.js';

const require = createRequire(import.meta.url);
const base = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const OUT = new URL('../fonts/', import.meta.url).pathname;
const FILES = ['400Regular/NotoSans_400Regular.ttf', '400Regular_Italic/NotoSans_400Regular_Italic.ttf', '700Bold/NotoSans_700Bold.ttf'];
const target = (f) => join(OUT, f.split('/')[1].replace('.ttf', '.latin.ttf'));

const text = LATIN_RANGES.map(([a, b]) => String.fromCodePoint(...Array.from({ length: b - a + 1 }, (_, i) => a + i))).join('');
let subsetFont;
try {
  subsetFont = (await import('subset-font')).default;
} catch {
  // An install without dev dependencies: the shipped subsets are used as they are.
  if (FILES.every((f) => existsSync(target(f)))) process.exit(0);
  throw new Error('subset-font is needed to prepare the font subsets (npm install)');
}
mkdirSync(OUT, { recursive: true });
for (const f of FILES) writeFileSync(target(f), await subsetFont(readFileSync(join(base, f)), text, { targetFormat: 'truetype' }));
