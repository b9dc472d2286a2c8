import { sameSubject, sharedWords } from '../subject.js';
import { valueConflicts } from '../value-conflicts.js';
import type { Detector } from '../types.js';
import type { Value } from '../values.js';

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
      note: (va, vb) => `The amounts differ by a factor of about ${factor(va, vb)}: ${va.text} against ${vb.text}.`,
    }),
};

function mid(v: Value): number {
  return Number.isFinite(v.high) ? (v.low + v.high) / 2 : v.low;
}

function factor(a: Value, b: Value): number {
  const [x, y] = [mid(a), mid(b)];
  return Math.round(Math.max(x, y) / Math.max(1e-9, Math.min(x, y)));
}
