import type { Annotated } from '../../extract/index.js';

/** One person as the merge builds them: spellings, roles and countries counted, where named. */
export interface Group {
  forms: Map<string, number>;
  roles: Map<string, number>;
  countries: Map<string, number>;
  sources: Set<string>;
  sentences: Set<string>;
  mentions: number;
  titled: number;
  former: number;
}

export const newGroup = (): Group => ({ forms: new Map(), roles: new Map(), countries: new Map(), sources: new Set(), sentences: new Set(), mentions: 0, titled: 0, former: 0 });
export const bump = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** Counts one sentence's mention of a group once, however often the sentence names the person. */
export function mention(g: Group, a: Annotated): void {
  if (!g.sentences.has(a.sentence.id)) g.mentions++;
  g.sentences.add(a.sentence.id);
  g.sources.add(a.sentence.source);
}

export function absorb(into: Group, from: Group): void {
  for (const [k, n] of from.forms) bump(into.forms, k, n);
  for (const [k, n] of from.roles) bump(into.roles, k, n);
  for (const [k, n] of from.countries) bump(into.countries, k, n);
  for (const s of from.sources) into.sources.add(s);
  for (const s of from.sentences) if (!into.sentences.has(s)) (into.sentences.add(s), into.mentions++);
  into.titled += from.titled;
  into.former += from.former;
}


/** The most frequent key; ties go to the first in alphabetical order. */
export function top(m: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [k, n] of [...m].sort((a, b) => a[0].localeCompare(b[0]))) if (best === null || n > m.get(best)!) best = k;
  return best;
}
