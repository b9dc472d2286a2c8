import type { Statement } from './types.js';

/** Long enough to carry the point and its context, short enough for a table cell. */
const MAX = 170;

/**
 * A verbatim quote from the statement's source: the sentence itself when short, otherwise the
 * words around the part that matters. Always an exact substring of the article's text, never
 * stitched or ellipsised, so a reader can find it by searching the file.
 */
export function quote(s: Statement, focusStart = 0, focusEnd = s.text.length): string {
  let text = s.text;
  let offset = 0;
  // A list sentence joins lines; quote from the line that holds the focus.
  if (s.a.sentence.kind === 'list') {
    const lead = text.indexOf(': ');
    if (lead > 0 && focusStart < lead) text = text.slice(0, lead + 1);
    else {
      const parts = text.split(/; |: /);
      let at = 0;
      for (const p of parts) {
        const start = text.indexOf(p, at);
        if (focusStart >= start && focusStart <= start + p.length) {
          offset = start;
          text = p.replace(/\.$/, '');
          break;
        }
        at = start + p.length;
      }
    }
  }
  const fs = Math.max(0, focusStart - offset);
  const fe = Math.min(text.length, focusEnd - offset);
  if (text.length <= MAX) return text.trim();
  let start = Math.max(0, fs - 60);
  let end = Math.min(text.length, Math.max(fe + 60, start + 110));
  if (start > 0) start = text.indexOf(' ', start) + 1;
  if (end < text.length) end = text.lastIndexOf(' ', end);
  return text.slice(start, end).replace(/[\s,;:—–-]+$/, '').trim();
}
