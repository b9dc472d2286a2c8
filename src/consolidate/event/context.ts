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

/** Sentence positions in one list of annotated sentences, and each person's sentences in reading order. */
interface SentenceLookup {
  at: Map<string, number>;
  of: WeakMap<PersonRecord, Annotated[]>;
}
const lookups = new WeakMap<readonly Annotated[], SentenceLookup>();
const peopleLookups = new WeakMap<readonly PersonRecord[], Map<string, PersonRecord[]>>();

/**
 * The sentences of `ctx.annotated` that name the person, in their order there: what a loop over
 * every sentence testing `person.sentences.has(id)` visits, without visiting the others.
 */
export function sentencesOf(ctx: EventContext, person: PersonRecord): readonly Annotated[] {
  let lookup = lookups.get(ctx.annotated);
  if (!lookup) {
    const at = new Map<string, number>();
    ctx.annotated.forEach((a, i) => at.set(a.sentence.id, i));
    lookups.set(ctx.annotated, (lookup = { at, of: new WeakMap() }));
  }
  let list = lookup.of.get(person);
  if (!list) {
    const idx: number[] = [];
    for (const id of person.sentences) {
      const i = lookup.at.get(id);
      if (i !== undefined) idx.push(i);
    }
    list = idx.sort((x, y) => x - y).map((i) => ctx.annotated[i]!);
    lookup.of.set(person, list);
  }
  return list;
}

/** The people named in a sentence, in the order of `ctx.people`. */
export function peopleIn(ctx: EventContext, sentenceId: string): readonly PersonRecord[] {
  let bySentence = peopleLookups.get(ctx.people);
  if (!bySentence) {
    bySentence = new Map();
    for (const p of ctx.people) {
      for (const id of p.sentences) {
        let l = bySentence.get(id);
        if (!l) bySentence.set(id, (l = []));
        l.push(p);
      }
    }
    peopleLookups.set(ctx.people, bySentence);
  }
  return bySentence.get(sentenceId) ?? [];
}
