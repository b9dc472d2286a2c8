import type { Discrepancy } from '../../../model/schema.js';
import { quote } from '../quote.js';
import { eachPair, sameSubject, sharedWords } from '../subject.js';
import type { Detector, Statement } from '../types.js';

const DONE = /\b(?:was|were|has been|have been|had been)\s+(?:formally\s+|already\s+|finally\s+|officially\s+)?(signed|approved|concluded|finalised|finalized|ratified|agreed|sealed|cleared)\b|\b(?:signed|approved|concluded|sealed)\s+(?:on|last|earlier)\b/gi;
const PENDING = /\b(?:is|are|was|were)\s+(?:expected|likely|due|set|scheduled|slated|hoped)\s+to\s+be\s+(signed|approved|concluded|finalised|finalized|ratified|agreed|sealed)\b|\b(?:still\s+)?under\s+negotiation\b|\bstill\s+being\s+(?:negotiated|discussed)\b|\b(?:remains?|is)\s+(?:still\s+)?under\s+discussion\b|\bstill\s+under\s+way\b|\bnot\s+yet\s+(?:signed|approved|concluded)\b|\byet\s+to\s+be\s+(?:signed|approved|concluded)\b/gi;

interface Stated {
  s: Statement;
  done: boolean;
  start: number;
  end: number;
}

/** "has been signed" against "is expected to be signed", about the same deal. */
export const statusConflict: Detector = {
  name: 'status',
  kind: 'status',
  detect(ctx) {
    const items: Stated[] = [];
    for (const s of ctx.statements) {
      for (const m of s.text.matchAll(DONE)) items.push({ s, done: true, start: m.index, end: m.index + m[0].length });
      for (const m of s.text.matchAll(PENDING)) items.push({ s, done: false, start: m.index, end: m.index + m[0].length });
    }
    const out: Discrepancy[] = [];
    const seen = new Set<string>();
    eachPair(items, (x, y) => {
      if (x.done === y.done || !sameSubject(x.s, y.s, 2)) return;
      const [done, pending] = x.done ? [x, y] : [y, x];
      const shared = [...done.s.programmes].find((p) => pending.s.programmes.has(p));
      const subject = shared ? done.s.a.programmes.find((p) => p.key === shared)!.form : sharedWords(done.s, pending.s, 3);
      const key = `${subject}|${[x.s.source, y.s.source].sort().join()}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        topic: `Status of ${subject || 'the deal'}`,
        kind: 'status',
        claims: [
          { source: done.s.source, quote: quote(done.s, done.start, done.end), value: 'done' },
          { source: pending.s.source, quote: quote(pending.s, pending.start, pending.end), value: 'pending' },
        ],
        note: 'One source reports it as done, the other as still to come.',
      });
    });
    return out;
  },
};
