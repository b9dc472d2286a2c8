import { parseHeaderDate } from './dates.js';
import { dropFront, trimLine, type Line } from './lines.js';

/** What header lines at the top of a file say ("date: 2025-11-28", "source: https://…"). */
export interface Headers {
  published: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  author: string | null;
}

/** A byline is names, not a sentence: "By Jane Doe", "By Jane Doe and Li Wei | Outlet". */
export const BYLINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|\||and|&)\s*\p{Lu}[^.!?]*)?$/u;
const HEADER = /^\s*(date|published|updated|posted|source|url|link|title|headline|outlet|publisher|publication|author|by|byline|fetched|retrieved)\s*(?::|\s)\s*(.*)$/i;

/**
 * Reads header lines from the top. A header may be followed by article text on the same line
 * ("date 2026-05-28 Chilean President…"): the text is kept as the first body line.
 */
export function readHeaders(lines: Line[]): { headers: Headers; body: Line[] } {
  const headers: Headers = { published: null, url: null, title: null, outlet: null, author: null };
  let i = 0;
  const body: Line[] = [];
  for (; i < lines.length && i < 12; i++) {
    const line = lines[i]!;
    if (!line.text.trim()) continue;
    // A Markdown title may stand above the header block.
    if (i < 3 && !body.length && /^#\s/.test(line.text)) {
      body.push(line);
      continue;
    }
    const m = HEADER.exec(line.text);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    const valueAt = line.orig + line.text.length - m[2]!.length;
    if (key === 'date' || key === 'published' || key === 'updated' || key === 'posted') {
      const date = parseHeaderDate(value);
      if (!date) break;
      headers.published ??= date;
      const rest = /^\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?\s*/.exec(value);
      if (rest && rest[0].length < value.length) {
        body.push(trimLine(dropFront({ text: m[2]!, orig: valueAt }, rest[0].length)));
        i++;
        break;
      }
    } else if (key === 'source' || key === 'url' || key === 'link') {
      const url = /https?:\/\/\S+/.exec(value);
      if (url) headers.url ??= url[0];
      else if (value && value.split(/\s+/).length <= 6) headers.outlet ??= value;
      else break;
    } else if (key === 'title' || key === 'headline') {
      if (!value) break;
      headers.title ??= value;
    } else if (key === 'outlet' || key === 'publisher' || key === 'publication') {
      headers.outlet ??= value;
    } else if (key === 'fetched' || key === 'retrieved') {
      // When a tool saved the page, not when it was published: metadata, but not a fact to keep.
      if (!parseHeaderDate(value)) break;
    } else if (BYLINE.test(value)) {
      headers.author ??= value;
    } else break;
  }
  return { headers, body: [...body, ...lines.slice(i)] };
}

/** "https://www.straitsledger.example/a/b" → "straitsledger.example" */
export function outletFromUrl(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^(www|m|amp|edition|news)\./, '');
  } catch {
    return null;
  }
}
