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

/** Clause edges: commas, semicolons and colons before a space or a closing quote, brackets, dashes. */
const EDGE = /[,;:](?=[\s"”’'])|[()]|\s[—–-]\s|—/g;
/** How far a tight quote reaches to its clause's edge (further, and it stops at a word). */
const REACH = { left: 60, right: 40 };
/** Fewer words than this carry no context ("two hours"); the quote widens word by word. */
const MIN_WORDS = 6;
/** A quote does not stop on a word that needs the next one ("signed by the"). */
const DANGLING = /(?:^|\s)(?:the|a|an|by|of|to|in|on|at|for|with|from|and|or|as|than|its|his|her|their|our|more|most|is|are|was|were|be|has|have|had|will|would|could|can|may|might)$/i;

/**
 * The strongest quote for a side: the shortest verbatim span of the statement that holds every
 * focus (the value and the words naming its subject), widened to whole words, to its clause when
 * the clause edge is near, and to a few words at least (leftwards first: the subject comes before
 * its verb in English). Always an exact substring of the source.
 */
export function tightQuote(s: Statement, focus: readonly (readonly [number, number])[]): string {
  const text = s.text;
  const spans = focus.filter(([a, b]) => a >= 0 && b <= text.length && a < b);
  if (!spans.length) return quote(s);
  // A list sentence is its lines joined; a quote stays inside the line of the first focus (the value), as the article has it.
  const [lo, hi] = s.a.sentence.kind === 'list' ? lineAround(text, spans[0]![0]) : [0, text.length];
  const inside = spans.filter(([a, b]) => a >= lo && b <= hi);
  if (!inside.length) inside.push([spans[0]![0], Math.min(spans[0]![1], hi)]);
  let start = Math.min(...inside.map((f) => f[0]));
  let end = Math.max(...inside.map((f) => f[1]));
  while (start > lo && /[\p{L}\p{N}$€£¥₹'’-]/u.test(text[start - 1]!)) start--;
  while (end < hi && /[\p{L}\p{N}'’%-]/u.test(text[end]!)) end++;
  const edges = [...text.matchAll(EDGE)].map((m) => [m.index, m.index + m[0].length] as const);
  const left = Math.max(lo, ...edges.filter(([, b]) => b <= start).map(([, b]) => b));
  const right = Math.min(hi, ...edges.filter(([a]) => a >= end).map(([a]) => a));
  if (start - left <= REACH.left) start = left;
  if (right - end <= REACH.right) end = right;
  const words = () => text.slice(start, end).trim().split(/\s+/).length;
  const widenLeft = () => (start = Math.max(lo, text.lastIndexOf(' ', start - 2) + 1));
  const widenRight = () => (end = Math.min(hi, text.indexOf(' ', end + 1) < 0 ? text.length : text.indexOf(' ', end + 1)));
  while (words() < MIN_WORDS && start > lo) widenLeft();
  while (words() < MIN_WORDS && end < hi) widenRight();
  for (let i = 0; i < 3 && end < hi && DANGLING.test(text.slice(start, end).trimEnd()); i++) widenRight();
  let out = text.slice(start, end).replace(/^[\s,;:)—–-]+/, '').replace(/[\s,;:(—–-]+$/, '');
  if (hi < text.length || s.a.sentence.kind === 'list') out = out.replace(/\.$/, '');
  return out;
}

/** The line of a joined list sentence ("lead: item; item") that holds a position. */
function lineAround(text: string, at: number): [number, number] {
  let lo = 0;
  for (const m of text.matchAll(/; |: /g)) {
    if (m.index >= at) return [lo, m.index];
    lo = m.index + m[0].length;
  }
  return [lo, text.length];
}
