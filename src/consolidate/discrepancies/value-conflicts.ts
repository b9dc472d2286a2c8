import type { Discrepancy } from '../../model/schema.js';
import { quote, tightQuote } from './quote.js';
import { mergeFindings, type Finding, type Reading, type Side } from './sides.js';
import { eachPair, sameTimeFrame, subjectKeys } from './subject.js';
import type { Context, Statement } from './types.js';
import { disjoint, readValues, valueWords, type Value } from './values.js';

export interface ValueRule {
  kind: Value['kind'];
  /** Whether two statements carrying such values speak of the same thing. */
  comparable(a: Statement, b: Statement, va: Value, vb: Value): boolean;
  topic(a: Statement, b: Statement, va: Value, vb: Value): string;
  /** One plain sentence saying what each side holds. */
  note(sides: Side<Value>[], topic: string): string;
  /** Where the statement names what the value measures (given the statement it is compared with), so the side's quote shows both. */
  subject?(s: Statement, v: Value, other: Statement): readonly (readonly [number, number])[];
  /** Keys for finding candidate pairs in a large corpus (default: the unit with each subject word). */
  keys?(s: Statement, v: Value): string[];
}

/** Finds statements from different sources whose values of one kind cannot both be true; one row per subject. */
export function valueConflicts(ctx: Context, rule: ValueRule): Discrepancy[] {
  const items: { s: Statement; v: Value }[] = [];
  for (const s of ctx.statements) {
    const values = readValues(s.text).filter((v) => v.kind === rule.kind);
    // "14 agreements, counting three memorandums": a statement's count is its total, not a part of it.
    const kept = rule.kind === 'count' ? values.filter((v) => !values.some((w) => w !== v && w.unit === v.unit && w.low > v.high)) : values;
    for (const v of kept) items.push({ s, v });
  }
  const findings: Finding<Value>[] = [];
  // One reading per value, quoted with the subject it shares with the first statement it is compared with.
  const readings = new Map<Value, Reading<Value>>();
  const reading = ({ s, v }: { s: Statement; v: Value }, other: Statement): Reading<Value> => {
    let r = readings.get(v);
    if (!r) {
      const subject = rule.subject?.(s, v, other) ?? [];
      readings.set(v, (r = { source: s.source, quote: quote(s, v.start, v.end), short: tightQuote(s, [[v.start, v.end], ...subject]), value: v.text, datum: v }));
    }
    return r;
  };
  eachPair(items, (x, y) => {
    if (x.v.unit !== y.v.unit || !disjoint(x.v, y.v)) return;
    if (!sameTimeFrame(x.s, y.s) || !rule.comparable(x.s, y.s, x.v, y.v)) return;
    findings.push({ topic: rule.topic(x.s, y.s, x.v, y.v), readings: [reading(x, y.s), reading(y, x.s)] });
  }, (i) => rule.keys?.(i.s, i.v) ?? subjectKeys(i.s).map((k) => `${i.v.unit}|${k}`));
  return mergeFindings(findings, {
    kind: 'conflict',
    agree: (a, b) => a.unit === b.unit && !disjoint(a, b),
    label: valueWords,
    order: (a, b) => a.low - b.low || a.high - b.high,
    width: (v) => v.high - v.low,
    note: rule.note,
  });
}

/** Words for one occasion told differently. */
const SAME_OCCASION: Record<string, string> = { meeting: 'talks', discussion: 'talks', discussions: 'talks', conversation: 'talks', talks: 'talks', luncheon: 'lunch' };

export interface Noun {
  noun: string;
  start: number;
  end: number;
}

/** The occasion noun nearest a value (within a short reach), with where it stands. */
export function nearestNounAt(text: string, at: number, nouns: RegExp): Noun | null {
  let best: Noun | null = null;
  let dist = Infinity;
  for (const m of text.matchAll(nouns)) {
    const d = Math.abs(m.index - at);
    if (d < dist && d < 90) {
      best = { noun: SAME_OCCASION[m[0].toLowerCase()] ?? m[0].toLowerCase().replace(/s$/, ''), start: m.index, end: m.index + m[0].length };
      dist = d;
    }
  }
  return best;
}

export function nearestNoun(text: string, at: number, nouns: RegExp): string | null {
  return nearestNounAt(text, at, nouns)?.noun ?? null;
}
