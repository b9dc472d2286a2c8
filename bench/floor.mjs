// The floor the CLI targets are measured against: a Node process that loads @react-pdf/renderer
// and renders one A4 page in the embedded Noto Sans, regular and bold (the font files the brief
// uses, straight from the npm package), and nothing of Attaché. Usage: node bench/floor.mjs [OUT.pdf]
import { Document, Font, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createElement as h } from 'react';

const require = createRequire(import.meta.url);
const base = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
Font.register({
  family: 'NotoSans',
  fonts: [
    { src: join(base, '400Regular/NotoSans_400Regular.ttf'), fontWeight: 400 },
    { src: join(base, '700Bold/NotoSans_700Bold.ttf'), fontWeight: 700 },
  ],
});

const doc = h(
  Document,
  null,
  h(
    Page,
    { size: 'A4', style: { fontFamily: 'NotoSans', fontSize: 11, padding: 56 } },
    h(Text, { style: { fontWeight: 700, fontSize: 16, marginBottom: 8 } }, 'One page.'),
    h(Text, null, 'A paragraph in the regular weight, long enough to wrap once across the width of the page at eleven points.'),
  ),
);
const bytes = await renderToBuffer(doc);
if (process.argv[2]) (await import('node:fs')).writeFileSync(process.argv[2], bytes);
