import { ELEMENT, TEXT, type DomElement, type DomNode } from './dom.js';

/** One paragraph-level piece of an article's text. */
export interface Block {
  kind: 'p' | 'h' | 'li';
  text: string;
}

/** Elements whose text is not the article's: media, embeds, forms, captions. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio', 'picture', 'img', 'figure', 'figcaption', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'aside', 'footer']);
const HEADING = /^h[1-6]$/;
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'hr', 'address', 'details', 'summary', 'center']);

/**
 * The article's DOM as paragraphs, headings and list items of plain text: links become their words,
 * inline markup goes, white space is made single. The corpus reads text, not markup.
 */
export function toBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let inline = '';
  let kind: Block['kind'] = 'p';
  const flush = () => {
    const text = inline.replace(/\s+/g, ' ').trim();
    if (text && /[\p{L}\p{N}]/u.test(text)) blocks.push({ kind, text });
    inline = '';
    kind = 'p';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = (node as DomElement).tagName.toLowerCase();
    if (SKIP.has(tag) || (node as DomElement).getAttribute('hidden') !== null) return;
    if (tag === 'br') {
      inline += ' ';
      return;
    }
    const heading = HEADING.test(tag);
    if (!heading && !BLOCK.has(tag)) {
      for (const child of Array.from(node.childNodes)) walk(child);
      return;
    }
    flush();
    const own: Block['kind'] = heading ? 'h' : tag === 'li' ? 'li' : 'p';
    for (const child of Array.from(node.childNodes)) {
      kind = own;
      walk(child);
    }
    kind = own;
    flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** Words of a text, lower-cased: what the extractor comparison and the change check count. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}
