import { Readability } from '@mozilla/readability';
import { toBlocks, wordsOf, type Block } from './blocks.js';
import { all, parseDocument, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { FURNITURE, META_BLOCKS, META_MAX_CHARS } from './furniture.js';
import { readMeta, type PageMeta } from './metadata.js';

export interface ExtractedArticle {
  meta: PageMeta & { title: string };
  blocks: Block[];
}

/** Under this many words a page is a stub, an index or a paywall prompt: nothing to brief from. */
const MIN_WORDS = 40;

/** Metadata and the article's text from a news page's HTML. Null when no article is there. */
export function extractArticle(html: string, finalUrl: string): ExtractedArticle | null {
  const doc = parseDocument(html);
  const meta = readMeta(doc, finalUrl);
  removeFurniture(doc);
  const parsed = new Readability<DomNode>(doc as never, { charThreshold: 200, serializer: (node) => node as unknown as DomNode }).parse();
  if (!parsed?.content) return null;
  let blocks = toBlocks(parsed.content);
  const title = meta.title ?? (squash(parsed.title) || null);
  if (!title) return null;
  // The headline often opens the extracted text again.
  if (blocks[0] && same(blocks[0].text, title)) blocks = blocks.slice(1);
  if (wordsOf(blocks.map((b) => b.text).join(' ')).length < MIN_WORDS) return null;
  const author = meta.author ?? (squash(parsed.byline).replace(/^by\s+/i, '') || null);
  return { meta: { ...meta, title, author }, blocks };
}

/** Removes what is not the article (see page-furniture.json) from the page, in place. */
export function removeFurniture(doc: DomDocument): void {
  // Bylines and date lines: a `<span class="dateline">LISBON</span>` inside a paragraph is text.
  for (const el of all(doc, META_BLOCKS)) {
    const inline = el.tagName.toLowerCase() === 'span' && el.parentNode && /^p$/i.test(el.parentNode.nodeName);
    if (!inline && squash(el.textContent).length <= META_MAX_CHARS) el.remove();
  }
  // A paragraph that holds nothing but a <time> is the date line.
  for (const time of all(doc, 'time')) {
    const parent = time.parentNode as DomElement | null;
    if (parent && /^(p|div)$/i.test(parent.nodeName) && squash(parent.textContent).replace(squash(time.textContent), '').replace(/[^\p{L}\p{N}]/gu, '').length <= 3) parent.remove();
  }
  for (const el of all(doc, FURNITURE)) {
    // A page's wrapper can carry a class like "page--with-share-bar": never drop an element
    // that holds the article or its headline.
    if (!/^(html|body)$/i.test(el.tagName) && !el.querySelector('article, main, [itemprop="articleBody"], h1')) el.remove();
  }
}

function same(a: string, b: string): boolean {
  return wordsOf(a).join(' ') === wordsOf(b).join(' ');
}
