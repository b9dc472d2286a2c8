import type { Line } from './lines.js';

/**
 * HTML to lines of text, keeping offsets. Regex-based on purpose: it must keep each text run's
 * position in the file, which a DOM throws away, and scraped pages are often not well formed.
 */

const DROP_TAGS = ['script', 'style', 'nav', 'footer', 'header', 'aside', 'noscript', 'form', 'svg', 'iframe', 'button', 'select', 'template', 'figure'];
const BLOCK = /^(p|div|section|article|main|h[1-6]|li|ul|ol|br|tr|td|th|table|blockquote|pre|hr|dd|dt|dl|figcaption|address|time)$/i;
const NOISE_WORD = String.raw`(?:share|sharing|social|ads?|advert\w*|ad-slot|promo\w*|newsletter|related|cookies?|cookie-\w+|subscribe|comments?|breadcrumbs?|sidebar|menu)`;
/** A class or id token that names page furniture: it starts with a noise word ("share-bar"), or ends with one ("post-share"). */
const NOISE_TOKEN = new RegExp(`^${NOISE_WORD}(?:[-_]|$)|[-_](?:share|sharing|social|ads?|advert\\w*|promo|newsletter|related|cookies?|subscribe|comments|breadcrumbs?)$`, 'i');
const NOISE_CLASS = { test: (attrs: string) => attrs.split(/\s+/).some((t) => t && NOISE_TOKEN.test(t)) };

export interface HtmlText {
  title: string | null;
  lines: Line[];
  meta: Record<string, string>;
}

export function htmlToLines(html: string): HtmlText {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const meta: Record<string, string> = {};
  for (const m of html.matchAll(/<meta\s+[^>]*?(?:name|property)\s*=\s*["']([^"']+)["'][^>]*?content\s*=\s*["']([^"']*)["'][^>]*>/gi)) {
    meta[m[1]!.toLowerCase()] = decodeEntities(m[2]!);
  }
  for (const m of html.matchAll(/<link\s+[^>]*?rel\s*=\s*["']canonical["'][^>]*?href\s*=\s*["']([^"']+)["'][^>]*>/gi)) {
    meta['canonical'] = m[1]!;
  }
  let from = 0;
  let to = html.length;
  const body = /<body[^>]*>/i.exec(html);
  if (body) from = body.index + body[0].length;
  const article = /<article[^>]*>/i.exec(html);
  if (article) {
    from = article.index + article[0].length;
    const close = html.lastIndexOf('</article>');
    if (close > from) to = close;
  }
  return { title: title ? clean(decodeEntities(title[1]!)) : null, lines: textLines(html, from, to), meta };
}

function textLines(html: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  const breakLine = () => {
    if (current && current.text.trim()) lines.push(current);
    current = null;
  };
  const tag = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  tag.lastIndex = from;
  let at = from;
  for (let m = tag.exec(html); m && m.index < to; m = tag.exec(html)) {
    if (m.index > at) current = appendText(current, html.slice(at, m.index), at);
    at = m.index + m[0].length;
    const name = (m[1] ?? '').toLowerCase();
    if (!name) continue;
    const closing = m[0][1] === '/';
    if (!closing && (DROP_TAGS.includes(name) || NOISE_CLASS.test(attr(m[2] ?? '', 'class') + ' ' + attr(m[2] ?? '', 'id')))) {
      if (m[0].endsWith('/>')) continue;
      at = skipElement(html, name, at);
      tag.lastIndex = at;
      breakLine();
      continue;
    }
    if (BLOCK.test(name)) {
      breakLine();
      if (!closing && name === 'li') current = { text: '- ', orig: m.index };
    }
  }
  if (at < to) current = appendText(current, html.slice(at, to), at);
  breakLine();
  return lines.map((l) => ({ text: l.text.replace(/\s+/g, ' ').trim(), orig: l.orig }));
}

function appendText(current: Line | null, raw: string, orig: number): Line | null {
  const text = decodeEntities(raw.replace(/\s+/g, ' '));
  if (!text.trim()) return current ? { ...current, text: current.text + (text ? ' ' : '') } : current;
  if (!current) {
    const lead = raw.length - raw.trimStart().length;
    return { text: text.trimStart(), orig: orig + lead };
  }
  return { text: current.text + text, orig: current.orig };
}

/** Index just after the element that opened before `at`, counting nested elements of the same name. */
function skipElement(html: string, name: string, at: number): number {
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  re.lastIndex = at;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

function attr(attrs: string, name: string): string {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : '';
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', euro: '€', pound: '£', copy: '©',
  laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', oacute: 'ó', aacute: 'á', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', rupee: '₹',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
