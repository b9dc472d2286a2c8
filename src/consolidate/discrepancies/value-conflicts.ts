import type { Discrepancy } from '../../model/schema.js';
import { quote } from './quote.js';
import { eachPair, sameTimeFrame, subjectKeys } from './subject.js';
import type { Context, Statement } from './types.js';
import { disjoint, readValues, type Value } from './values.js';

export interface ValueRule {
  kind: Value['kind'];
  /** Whether two statements carrying such values speak of the same thing. */
  comparable(a: Statement, b: Statement, va: Value, vb: Value): boolean;
  topic(a: Statement, b: Statement, va: Value, vb: Value): string;
  note(va: Value, vb: Value): string;
  /** Keys for finding candidate pairs in a large corpus (default: the unit with each subject word). */
  keys?(s: Statement, v: Value): string[];
}

/** Finds statements from different sources whose values of one kind cannot both be true. */
export function valueConflicts(ctx: Context, rule: ValueRule): Discrepancy[] {
  const items: { s: Statement; v: Value }[] = [];
  for (const s of ctx.statements) for (const v of readValues(s.text)) if (v.kind === rule.kind) items.push({ s, v });
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  eachPair(items, (x, y) => {
    if (x.v.unit !== y.v.unit || !disjoint(x.v, y.v)) return;
    if (!sameTimeFrame(x.s, y.s) || !rule.comparable(x.s, y.s, x.v, y.v)) return;
    const topic = rule.topic(x.s, y.s, x.v, y.v);
    const key = `${topic}|${[x.s.source, y.s.source].sort().join()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      topic,
      kind: 'conflict',
      claims: [
        { source: x.s.source, quote: quote(x.s, x.v.start, x.v.end), value: x.v.text },
        { source: y.s.source, quote: quote(y.s, y.v.start, y.v.end), value: y.v.text },
      ],
      note: rule.note(x.v, y.v),
    });
  }, (i) => rule.keys?.(i.s, i.v) ?? subjectKeys(i.s).map((k) => `${i.v.unit}|${k}`));
  return out;
}

/** Words for one occasion told differently. */
const SAME_OCCASION: Record<string, string> = { meeting: 'talks', discussion: 'talks', discussions: 'talks', conversation: 'talks', talks: 'talks', luncheon: 'lunch' };

export function nearestNoun(text: string, at: number, nouns: RegExp): string | null {
  let best: string | null = null;
  let dist = Infinity;
  for (const m of text.matchAll(nouns)) {
    const d = Math.abs(m.index - at);
    if (d < dist && d < 90) {
      best = SAME_OCCASION[m[0].toLowerCase()] ?? m[0].toLowerCase().replace(/s$/, '');
      dist = d;
    }
  }
  return best;
}
