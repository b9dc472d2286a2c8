import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text as pdf.js reads it: left edge, width, baseline from the top of the page, font size. */
export interface Item {
  x: number;
  right: number;
  y: number;
  size: number;
  str: string;
}

/** Items sharing a baseline (within a couple of points: table cells in smaller type sit a little higher). */
export interface Line {
  y: number;
  items: Item[];
  text: string;
  /** The largest font size on the line. */
  size: number;
}

export interface LaidPage {
  number: number;
  width: number;
  height: number;
  lines: Line[];
}

/** Every page's text lines, top to bottom, with positions in points from the top-left corner. */
export async function pdfLines(data: Uint8Array): Promise<LaidPage[]> {
  const doc = await getDocument({ data: new Uint8Array(data), verbosity: 0, useSystemFonts: false }).promise;
  try {
    const pages: LaidPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const [a, b, , , e, f] = it.transform as number[];
        items.push({ x: e!, right: e! + it.width, y: height - f!, size: Math.hypot(a!, b!), str: it.str });
      }
      pages.push({ number: n, width, height, lines: toLines(items) });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function toLines(items: Item[]): Line[] {
  const lines: Line[] = [];
  for (const it of [...items].sort((p, q) => p.y - q.y || p.x - q.x)) {
    const last = lines.at(-1);
    if (last && it.y - last.y < 2.5) last.items.push(it);
    else lines.push({ y: it.y, items: [it], text: '', size: 0 });
  }
  for (const l of lines) {
    l.items.sort((p, q) => p.x - q.x);
    l.text = l.items.map((i) => i.str.trim()).join(' ');
    l.size = Math.max(...l.items.map((i) => i.size));
  }
  return lines;
}
