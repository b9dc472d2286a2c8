import { quote, tightQuote } from '../quote.js';
import { mergeFindings, type Finding, type Reading } from '../sides.js';
import { eachPair, sameSubject, sharedSpans, sharedWords } from '../subject.js';
import type { Detector, Statement } from '../types.js';
import { sayings, verb } from '../words.js';

const DONE = /\b(?:was|were|has been|have been|had been)\s+(?:formally\s+|already\s+|finally\s+|officially\s+)?(signed|approved|concluded|finalised|finalized|ratified|agreed|sealed|cleared)\b|\b(?:signed|approved|concluded|sealed)\s+(?:on|last|earlier)\b/gi;
const PENDING = /\b(?:is|are|was|were)\s+(?:expected|likely|due|set|scheduled|slated|hoped)\s+to\s+be\s+(signed|approved|concluded|finalised|finalized|ratified|agreed|sealed)\b|\b(?:still\s+)?under\s+negotiation\b|\bstill\s+being\s+(?:negotiated|discussed)\b|\b(?:remains?|is)\s+(?:still\s+)?under\s+discussion\b|\bstill\s+under\s+way\b|\bnot\s+yet\s+(?:signed|approved|concluded)\b|\byet\s+to\s+be\s+(?:signed|approved|concluded)\b/gi;

interface Stated {
  s: Statement;
  done: boolean;
  /** What the source says, in words: "signed", "still to be signed", "still under negotiation". */
  words: string;
  start: number;
  end: number;
}

/** A pending cue in plain words. */
function pendingWords(cue: string): string {
  const c = cue.toLowerCase();
  const verb = /\b(signed|approved|concluded|finalised|finalized|ratified|agreed|sealed)\b/.exec(c)?.[1];
  if (/negotiat/.test(c)) return 'still under negotiation';
  if (/discuss/.test(c)) return 'still under discussion';
  if (/under way/.test(c)) return 'still under way';
  return verb ? `still to be ${verb}` : 'still to come';
}

/** "has been signed" against "is expected to be signed", about the same deal. */
export const statusConflict: Detector = {
  name: 'status',
  kind: 'status',
  detect(ctx) {
    const items: Stated[] = [];
    for (const s of ctx.statements) {
      for (const m of s.text.matchAll(DONE)) items.push({ s, done: true, words: (m[1] ?? /signed|approved|concluded|sealed/i.exec(m[0])![0]).toLowerCase(), start: m.index, end: m.index + m[0].length });
      for (const m of s.text.matchAll(PENDING)) items.push({ s, done: false, words: pendingWords(m[0]), start: m.index, end: m.index + m[0].length });
    }
    const findings: Finding<Stated>[] = [];
    // One reading per cue, quoted with the subject it shares with the first statement it is compared with.
    const readings = new Map<Stated, Reading<Stated>>();
    const reading = (i: Stated, other: Statement) => {
      let r = readings.get(i);
      if (!r) {
        const short = tightQuote(i.s, [[i.start, i.end], ...sharedSpans(i.s, other, i.start)]);
        readings.set(i, (r = { source: i.s.source, quote: quote(i.s, i.start, i.end), short, value: i.done ? 'done' : 'pending', datum: i }));
      }
      return r;
    };
    eachPair(items, (x, y) => {
      if (x.done === y.done || !sameSubject(x.s, y.s, 2)) return;
      const [done, pending] = x.done ? [x, y] : [y, x];
      const shared = [...done.s.programmes].find((p) => pending.s.programmes.has(p));
      const subject = shared ? done.s.a.programmes.find((p) => p.key === shared)!.form : sharedWords(done.s, pending.s, 3);
      findings.push({ topic: `Status of ${subject || 'the deal'}`, readings: [reading(done, pending.s), reading(pending, done.s)] });
    });
    return mergeFindings(findings, {
      kind: 'status',
      agree: (a, b) => a.done === b.done,
      key: (i) => String(i.done),
      label: (i) => i.words,
      // What is reported done first, then what is still to come.
      order: (a, b) => Number(b.done) - Number(a.done),
      note: (sides) => sayings(sides, (v, p) => `${verb('say', p)} it is ${/^still|^not/.test(v) ? v : `already ${v}`}`),
    });
  },
};
