import type { Annotated } from '../../extract/index.js';
import type { Article } from '../../model/pipeline.js';
import type { PersonRecord } from '../people.js';

/** What every part of the event analysis reads: the articles, their sentences, the people. */
export interface EventContext {
  articles: readonly Article[];
  annotated: readonly Annotated[];
  people: readonly PersonRecord[];
  /** Sources whose sentences count: originals about the event (copies and strays left out). */
  counts(source: string): boolean;
  /** The year a source was published, to tell background years from the event's. */
  year(source: string): number | null;
  /** Words the corpus writes in lower case: a short name that is one ("May") is matched only in full in headlines. */
  lower: ReadonlySet<string>;
}

/** One vote per source: an outlet repeating itself does not outvote two outlets. */
export class Tally<T> {
  private readonly items = new Map<string, { value: T; sources: Set<string>; weight: number; values: Map<string, { value: T; n: number }> }>();

  add(key: string, value: T, source: string, weight = 1): void {
    let t = this.items.get(key);
    if (!t) this.items.set(key, (t = { value, sources: new Set(), weight: 0, values: new Map() }));
    // One key may be written several ways ("Annual Summit", "annual summit"): the commonest, then
    // the first in sort order, stands for it, whatever order the sources come in.
    const form = JSON.stringify(value);
    const v = t.values.get(form) ?? { value, n: 0 };
    v.n++;
    t.values.set(form, v);
    const best = [...t.values].sort((x, y) => y[1].n - x[1].n || (x[0] < y[0] ? -1 : 1))[0]![1];
    t.value = best.value;
    if (!t.sources.has(source)) {
      t.sources.add(source);
      t.weight += weight;
    } else {
      // A stronger signal from the same source replaces a weaker one, never adds to it.
      t.weight = Math.max(t.weight, weight);
    }
  }

  /** Entries by weight, ties by key: deterministic whatever the order of the votes. */
  ranked(): { key: string; value: T; sources: Set<string>; weight: number }[] {
    return [...this.items].map(([key, t]) => ({ key, value: t.value, sources: t.sources, weight: t.weight })).sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  }

  best(): { key: string; value: T; sources: Set<string>; weight: number } | null {
    return this.ranked()[0] ?? null;
  }

  get(key: string): number {
    return this.items.get(key)?.weight ?? 0;
  }
}

/** A regex that finds a person in a headline: every spelling, and the short name unless it is a common word. */
export function personPattern(p: PersonRecord, lower: ReadonlySet<string>): RegExp {
  const forms = new Set([p.name, ...(lower.has(p.surname.toLowerCase()) ? [] : [p.surname])]);
  const alt = [...forms].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'u');
}
