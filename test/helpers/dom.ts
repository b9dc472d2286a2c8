import { parse } from 'parse5';

/** An element of a page parsed as a browser parses it (parse5 follows the HTML standard). */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  /** The element's text, as textContent gives it. */
  text: string;
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

/** Elements a reader sees apart from their neighbours: their text is set off by spaces. */
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'td', 'th', 'tr', 'table', 'section', 'h1', 'h2', 'h3', 'footer', 'main', 'br']);

function convert(node: P5Node): El {
  const kids = node.childNodes ?? node.content?.childNodes ?? [];
  const children = kids.filter((k) => k.tagName).map(convert);
  const textOf = (k: P5Node) => (k.nodeName === '#text' ? (k.value ?? '') : k.tagName ? (BLOCKS.has(k.tagName) ? ` ${convert(k).text} ` : convert(k).text) : '');
  const text = kids.map(textOf).join('');
  return { tag: node.tagName ?? node.nodeName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])), children, text };
}

/** The document element of `html`. */
export function dom(html: string): El {
  const doc = parse(html) as unknown as P5Node;
  return convert(doc.childNodes!.find((n) => n.tagName === 'html')!);
}

/** Every element under `root` (itself included) that passes `test`, in document order. */
export function all(root: El, test: (e: El) => boolean): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    if (test(e)) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

export const byTag = (root: El, tag: string) => all(root, (e) => e.tag === tag);

/** Text with runs of white space made one space, trimmed: what a reader sees. */
export const words = (e: El) => e.text.replace(/\s+/g, ' ').trim();
