import { abbreviations } from '../data/index.js';

const ABBREV = new Set(abbreviations);
const STARTERS = new Set(['The', 'It', 'He', 'She', 'They', 'This', 'That', 'These', 'Those', 'But', 'In', 'A', 'An', 'We', 'I', 'On', 'At', 'Its', 'His', 'Her', 'Their', 'Meanwhile', 'However', 'Both', 'Officials']);
const BOUNDARY = /([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

/**
 * Sentence boundaries in one paragraph, as [start, end) pairs. Abbreviation-aware: it does not
 * split after "Mr.", "Dr.", "Jan.", an initial ("J. Smith") or a dotted acronym ("U.S.") unless
 * the next word plainly starts a sentence.
 */
export function splitSentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const stopAt = m.index;
    const end = stopAt + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !m[2] && !endsSentence(text, stopAt)) continue;
    spans.push([start, end]);
    start = end + m[3]!.length;
  }
  if (start < text.length) {
    const end = text.trimEnd().length;
    if (end > start) spans.push([start, end]);
  }
  return spans;
}

function endsSentence(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  const word = before.replace(/^\.+/, '');
  if (!word) return true;
  if (word === 'a.m' || word === 'p.m') return STARTERS.has(/^\s+([\p{L}]+)/u.exec(text.slice(dot + 1))?.[1] ?? '');
  if (ABBREV.has(word)) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(dot + 1))?.[1] ?? '';
    return STARTERS.has(next);
  }
  return true;
}
