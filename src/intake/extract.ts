import { Readability } from '@mozilla/readability';
import { toBlocks, wordsOf, type Block } from './blocks.js';
import { all, parseDocument, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { readMeta, type PageMeta } from './metadata.js';

export interface ExtractedArticle {
  meta: PageMeta & { title: string };
  blocks: Block[];
}

/** Under this many words a page is a stub, an index or a paywall prompt: nothing to brief from. */
const MIN_WORDS = 40;

/**
 * Page furniture that sits inside the article's own container on real sites, where a
 * readability score alone keeps it: share rows, "related" lists, newsletter boxes, comment
 * threads, cookie banners, ad slots. Matched on class, id and role, before extraction.
 */
const FURNITURE = [
  'nav', 'aside', 'footer', 'form', 'dialog', 'template', 'noscript',
  '[role="navigation"]', '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]', '[aria-hidden="true"]', '[hidden]',
  '[class*="cookie" i]', '[id*="cookie" i]', '[class*="consent" i]', '[id*="consent" i]',
  '[class*="share" i]', '[class*="social" i]', '[class*="related" i]', '[id*="related" i]', '[class*="recommend" i]',
  '[class*="newsletter" i]', '[class*="subscribe" i]', '[class*="comments" i]', '[id*="comments" i]', '[class*="comment-" i]', '[id*="disqus" i]',
  '[class*="advert" i]', '[class*="ad-slot" i]', '[class*="promo" i]', '[class*="sponsor" i]', '[class*="paywall" i]',
  '[class*="more-from" i]', '[class*="read-more" i]', '[class*="tags" i]', '[class*="breadcrumb" i]',
  '[class*="footer" i]', '[id*="footer" i]', '[class*="copyright" i]', '[class*="site-info" i]', '[class*="colophon" i]',
  // A pull quote repeats a sentence of the article in large type.
  '[class*="pullquote" i]', '[class*="pull-quote" i]',
  '[class*="gallery" i]', '[class*="slideshow" i]', '[class*="carousel" i]', '[class*="caption" i]',
  // Ad slots and footers as other newsrooms name them.
  '[class*="rodape" i]', '[class*="pied-de-page" i]', '[class*="publicidad" i]', '[class*="publicite" i]', '[class*="werbung" i]', '[class*="anzeige" i]', '[class*="pubblicita" i]',
].join(', ');

/**
 * A byline or a date line is metadata, already read into the front matter; left in, it would open
 * the text. Only short block-level elements go: a `<span class="dateline">LISBON</span>` inside
 * the first paragraph is article text.
 */
const META_BLOCKS = ['p', 'div', 'span', 'section', 'ul', 'address']
  .flatMap((tag) => ['[class*="byline" i]', '[class*="author" i]', '[class*="dateline" i]', '[class*="timestamp" i]', '[class*="entry-meta" i]', '[class*="article-info" i]'].map((sel) => `${tag}${sel}`))
  .join(', ');
const META_MAX_CHARS = 160;

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

export function removeFurniture(doc: DomDocument): void {
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
