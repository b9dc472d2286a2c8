import type { Discrepancy, DiscrepancyKind } from '../../model/schema.js';

/** What one source says on a disputed subject, as a detector read it. */
export interface Reading<T> {
  source: string;
  /** The claim's quote as the brief has always given it: the sentence, or a window around the value. */
  quote: string;
  /** The shortest verbatim span that names both the subject and the value (see `tightQuote`). */
  short: string;
  /** The claim's value as stored (ISO dates, amounts as written). */
  value?: string;
  /** What the rule compares and puts into words. */
  datum: T;
}

/** A disagreement a detector found, usually between two readings. */
export interface Finding<T> {
  topic: string;
  readings: Reading<T>[];
}

/** One position: every source that holds it, what it holds, and its most telling quote. */
export interface Side<T> {
  value: string;
  sources: string[];
  quote: string;
  readings: Reading<T>[];
  /** The datum of the reading the side is labelled by. */
  datum: T;
}

/** How one detector's findings become rows: which readings agree, and how a side and the row read. */
export interface SideRule<T> {
  kind: DiscrepancyKind;
  /** Whether two readings can both be true, and so stand on one side. */
  agree(a: T, b: T): boolean;
  /** A reading's value as a reader wants it: "two hours", "Wednesday 11 March 2026". */
  label(datum: T): string;
  /** Sides of equal weight in a natural order (smaller amount, earlier date first); by label otherwise. */
  order?(a: T, b: T): number;
  /** One plain sentence saying what the sides hold. */
  note(sides: Side<T>[], topic: string): string;
  /**
   * For rules whose agreement is plain sameness (a country, a status, a name): the key readings agree
   * on. Sides are then made by key, in one pass, which a corpus of thousands of readings needs.
   */
  key?(datum: T): string;
  /** How much a reading leaves open (an interval's width): the most precise readings found the sides. */
  width?(datum: T): number;
  /** Fewer sides than this is no disagreement. */
  minSides?: number;
  /** Whether findings sharing a reading are one disagreement (default yes; no where topics are chosen apart on purpose). */
  joinOnReadings?: boolean;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sourceNumber = (id: string) => Number(id.slice(1));
const readingKey = (r: Reading<unknown>) => `${r.source}\u0000${r.quote}\u0000${r.value ?? ''}`;

/**
 * One row per disagreement. Findings with the same topic, or that share a reading (the same value in
 * the same sentence of the same source, so about the same thing), are one disagreement; its readings
 * are gathered into sides of readings that can all be true together, every source on one side.
 * Everything is ordered by content, never by the order the detector met the sources in.
 */
export function mergeFindings<T>(findings: readonly Finding<T>[], rule: SideRule<T>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const group of groupFindings(findings, rule.joinOnReadings ?? true)) {
    const readings = new Map<string, Reading<T>>();
    for (const f of group) for (const r of f.readings) readings.set(readingKey(r), r);
    const sides = toSides([...readings.values()], rule);
    if (sides.length < (rule.minSides ?? 2)) continue;
    const topic = mostCommon(group.map((f) => f.topic));
    out.push({
      topic,
      kind: rule.kind,
      claims: sides.flatMap((s) => s.readings.map((r) => ({ source: r.source, quote: r.quote, ...(r.value === undefined ? {} : { value: r.value }) }))),
      sides: sides.map((s) => ({ value: s.value, sources: s.sources, quote: s.quote })),
      note: rule.note(sides, topic),
    });
  }
  return out;
}

/** Findings joined by topic or by a shared reading (union–find over their indices). */
function groupFindings<T>(findings: readonly Finding<T>[], onReadings: boolean): Finding<T>[][] {
  const parent = findings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const firstWith = new Map<string, number>();
  findings.forEach((f, i) => {
    for (const key of [`t:${f.topic}`, ...(onReadings ? f.readings.map((r) => `r:${readingKey(r)}`) : [])]) {
      const j = firstWith.get(key);
      if (j === undefined) firstWith.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Finding<T>[]>();
  findings.forEach((f, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(f);
    else groups.set(root, [f]);
  });
  return [...groups.values()];
}

function toSides<T>(readings: Reading<T>[], rule: SideRule<T>): Side<T>[] {
  // Readings that can all be true together ("two hours", "two-hour", "more than two hours") are one
  // side. The most precise readings are placed first, so a vague one ("more than an hour") joins the
  // largest side it fits and never chains two sides that disagree into one.
  const clusters: Reading<T>[][] = [];
  if (rule.key) {
    const byKey = new Map<string, Reading<T>[]>();
    for (const r of readings) {
      const k = rule.key(r.datum);
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    clusters.push(...byKey.values());
  }
  const ordered = [...readings].sort((a, b) => (rule.width?.(a.datum) ?? 0) - (rule.width?.(b.datum) ?? 0) || byText(a.short, b.short) || byText(a.source, b.source));
  for (const r of rule.key ? [] : ordered) {
    const fits = clusters.filter((c) => c.every((o) => rule.agree(o.datum, r.datum))).sort((a, b) => b.length - a.length)[0];
    if (fits) fits.push(r);
    else clusters.push([r]);
  }
  let sides = clusters.map((c) => side(c, rule));
  // A source on two sides contradicts itself; it is kept where most sources stand (the other reading is likelier a misreading).
  const ranked = [...sides].sort((a, b) => compareSides(a, b, rule));
  const placed = new Set<string>();
  sides = ranked
    .map((s) => {
      const kept = s.readings.filter((r) => !placed.has(r.source));
      for (const r of kept) placed.add(r.source);
      return kept.length === s.readings.length ? s : kept.length ? side(kept, rule) : null;
    })
    .filter((s): s is Side<T> => s !== null);
  return sides.sort((a, b) => compareSides(a, b, rule));
}

function side<T>(readings: Reading<T>[], rule: SideRule<T>): Side<T> {
  // One reading per source: its tightest.
  const bySource = new Map<string, Reading<T>>();
  for (const r of [...readings].sort((a, b) => a.short.length - b.short.length || byText(a.short, b.short) || byText(a.quote, b.quote))) {
    if (!bySource.has(r.source)) bySource.set(r.source, r);
  }
  const kept = [...bySource.values()].sort((a, b) => sourceNumber(a.source) - sourceNumber(b.source));
  const value = mostCommon(kept.map((r) => rule.label(r.datum)));
  const shortest = [...kept].sort((a, b) => a.short.length - b.short.length || byText(a.short, b.short))[0]!;
  return {
    value,
    sources: kept.map((r) => r.source),
    quote: shortest.short,
    readings: kept,
    datum: kept.find((r) => rule.label(r.datum) === value)!.datum,
  };
}

function compareSides<T>(a: Side<T>, b: Side<T>, rule: SideRule<T>): number {
  return b.sources.length - a.sources.length || (rule.order?.(a.datum, b.datum) ?? 0) || byText(a.value, b.value);
}

/** The most frequent string; ties go to the shorter, then the first in alphabetical order. */
export function mostCommon(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || byText(a[0], b[0]))[0]![0];
}
