// The floor the targets are measured against: a Node process that only loads @react-pdf/renderer
// and renders a one-page document.
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import { createElement as h } from 'react';

const doc = h(Document, null, h(Page, { size: 'A4' }, h(Text, null, 'One page.')));
const bytes = await renderToBuffer(doc);
if (process.argv[2]) (await import('node:fs')).writeFileSync(process.argv[2], bytes);
