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
  // Names and designators must never be split with a hyphen.
  Font.registerHyphenationCallback((word) => [word]);
}
