import { sameSubject, sharedSpans, sharedWords } from '../subject.js';
import { valueConflicts } from '../value-conflicts.js';
import type { Detector } from '../types.js';
import type { Value } from '../values.js';
import { inSentence, numberWord, sayings, verb } from '../words.js';

/** "$300 million" against "$3 billion" for the same package. */
export const moneyConflict: Detector = {
  name: 'money-conflict',
  kind: 'conflict',
  detect: (ctx) =>
    valueConflicts(ctx, {
      kind: 'money',
      comparable: (a, b) => sameSubject(a, b, 2),
      topic(a, b) {
        const shared = [...a.programmes].filter((p) => b.programmes.has(p));
        const prog = shared.length ? a.a.programmes.find((p) => p.key === shared[0])?.form : null;
        return prog ? `Value of the ${prog} deal` : `Value of the ${sharedWords(a, b, 3).replace(/\b(?:worth|billion|million|trillion)\b/gi, '').replace(/\s+/g, ' ').trim() || 'deal'}`;
      },
      // The quote names what is paid for: the programme, or the words both sources use for it.
      subject: (s, v, other) => sharedSpans(s, other, v.start, 2),
      note(sides, topic) {
        const said = sayings(sides, (v, p) => `${verb('put', p)} ${inSentence(topic)} at ${v}`, (v) => `at ${v}`);
        const f = sides.length === 2 ? factor(sides[0]!.datum, sides[1]!.datum) : 1;
        return f >= 2 ? `${said.slice(0, -1)}, the larger about ${numberWord(f)} times the smaller.` : said;
      },
    }),
};

/** The amount as stated: the middle of "$2–3 billion", the figure itself for "$3 billion" or "more than $3 billion". */
function stated(v: Value): number {
  if (!Number.isFinite(v.high)) return v.low;
  if (v.low === 0) return v.high;
  return (v.low + v.high) / 2;
}

function factor(a: Value, b: Value): number {
  const [x, y] = [stated(a), stated(b)];
  return Math.round(Math.max(x, y) / Math.max(1e-9, Math.min(x, y)));
}
