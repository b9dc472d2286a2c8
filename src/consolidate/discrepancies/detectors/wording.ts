import { quote, tightQuote } from '../quote.js';
import { mergeFindings, type Finding, type Reading } from '../sides.js';
import type { Detector, Statement } from '../types.js';
import { sayings, verb } from '../words.js';

const HEADS = 'Partnership|Treaty|Agreement|Pact|Dialogue|Declaration|Initiative|Strategy|Charter|Accord|Framework|Alliance|Corridor|Compact|Vision|Roadmap';
const QUOTED = new RegExp(String.raw`["“‘']((?:[\p{Lu}][\p{L}-]*\s+(?:(?:and|of|for|on|the)\s+)*){0,7}(?:${HEADS})(?:\s+(?:of|on|for)\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,3})?)["”’']`, 'gu');
const STOP = new Set(['and', 'of', 'for', 'on', 'the', 'a', 'an']);

interface Name {
  s: Statement;
  text: string;
  head: string;
  words: Set<string>;
  start: number;
  end: number;
}

function nameOf(s: Statement, text: string, start: number, end: number): Name {
  const tokens = text.toLowerCase().split(/\s+/).filter((w) => !STOP.has(w));
  const head = tokens.findLast((t) => new RegExp(`^(?:${HEADS})$`, 'i').test(t)) ?? tokens[tokens.length - 1]!;
  return { s, text, head, words: new Set(tokens.filter((t) => t !== head)), start, end };
}

/** An official name quoted one way by one source and another way by another. */
export const wordingDifference: Detector = {
  name: 'wording',
  kind: 'wording',
  detect(ctx) {
    const quoted: Name[] = [];
    for (const s of ctx.statements) for (const m of s.text.matchAll(QUOTED)) quoted.push(nameOf(s, m[1]!, m.index, m.index + m[0].length));
    const findings: Finding<string>[] = [];
    // One reading per rendering in a sentence, however many names it is compared with.
    const readings = new Map<string, Reading<string>>();
    const reading = (n: Name) => {
      const key = `${n.s.source}|${n.s.a.sentence.index}|${n.start}|${n.text}`;
      let r = readings.get(key);
      if (!r) readings.set(key, (r = { source: n.s.source, quote: quote(n.s, n.start, n.end), short: tightQuote(n.s, [[n.start, n.end]]), value: n.text, datum: n.text }));
      return r;
    };
    const done = new Set<string>();
    // Every source's quoted name, once per source: each source that quotes a rendering is on its side,
    // whichever file was read first.
    const perSource = new Map<string, Name>();
    for (const q of quoted) if (!perSource.has(`${q.s.source}|${q.text.toLowerCase()}`)) perSource.set(`${q.s.source}|${q.text.toLowerCase()}`, q);
    const withHead = new Map<string, Statement[]>();
    for (const name of perSource.values()) {
      if (!withHead.has(name.head)) withHead.set(name.head, ctx.statements.filter((s) => s.text.toLowerCase().includes(name.head)));
    }
    for (const name of perSource.values()) {
      // Other renderings: quoted names with the same head, or the head with most of the same words before it.
      for (const s of withHead.get(name.head)!) {
        if (s.source === name.s.source) continue;
        const variant = findVariant(s, name, quoted);
        if (!variant) continue;
        // Each pair of sources once per name; a third source with either rendering joins the row when merged.
        const key = `${name.head}|${[name.s.source, s.source].sort().join()}`;
        if (done.has(key)) continue;
        done.add(key);
        findings.push({ topic: `Name of the ${name.head}`, readings: [reading(name), reading(variant)] });
      }
    }
    return mergeFindings(findings, {
      kind: 'wording',
      agree: (a, b) => a.toLowerCase() === b.toLowerCase(),
      key: (n) => n.toLowerCase(),
      label: (n) => n,
      note: (sides) => sayings(sides, (v, p) => `${verb('call', p)} it the “${v}”`, (v) => `the “${v}”`),
    });
  },
};

function findVariant(s: Statement, name: Name, quoted: Name[]): Name | null {
  for (const q of quoted) {
    if (q.s !== s || q.head !== name.head || q.text.toLowerCase() === name.text.toLowerCase()) continue;
    if (overlap(q.words, name.words) >= 1) return q;
  }
  if (quoted.some((q) => q.s === s && q.text.toLowerCase() === name.text.toLowerCase())) return null;
  const re = new RegExp(String.raw`((?:[\p{L}-]+\s+){2,4})${name.head}\b`, 'giu');
  for (const m of s.text.matchAll(re)) {
    // Followed by a capitalised word, it is part of a longer name ("… Partnership Dialogue").
    if (/^\s+\p{Lu}/u.test(s.text.slice(m.index + m[0].length))) continue;
    const words = new Set(m[1]!.toLowerCase().split(/\s+/).filter((w) => w && !STOP.has(w)));
    // All of the name's words, with more before them, is the same name in a longer phrase.
    if (overlap(words, name.words) >= 2 && overlap(words, name.words) < name.words.size) {
      // Drop the words before the name ("sets up a comprehensive …"): keep from one word before the first shared one.
      const raw = m[1]!.trim().split(/\s+/);
      const firstShared = raw.findIndex((w) => name.words.has(w.toLowerCase()));
      const from = Math.max(0, firstShared - (firstShared > 0 && /ly$|al$|ive$|ed$/.test(raw[firstShared - 1]!) ? 1 : 0));
      const text = `${raw.slice(from).join(' ')} ${name.head}`;
      return { s, text, head: name.head, words, start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
