import { escapeRegex } from '../data/index.js';
import type { Annotated } from '../extract/index.js';
import type { ProgrammeMention } from '../extract/programmes.js';
import { MARK } from '../extract/programme-names.js';
import type { Programme } from '../model/schema.js';
import { groupClaims, isStatement, type ClaimGroup } from './claims.js';
import { sortIds } from './people.js';
import { readableFacts, type Tell } from './programme-facts.js';
import { continuingSentences, familiesNear, opensWith } from './programme-continuations.js';
import { joinedKeys } from './programme-keys.js';

export interface ProgrammeResult {
  programmes: Programme[];
  /** Sentence ids that became programme facts, so sections do not list them again. */
  used: Set<string>;
}

interface Rec {
  forms: Map<string, number>;
  confirmed: boolean;
  proper: boolean;
  bare: Set<string>;
  sentences: Map<string, Annotated>;
  /** The kinds of thing the corpus calls it where it names it ("aircraft", "missile"). */
  families: Set<string>;
}

/**
 * Merges programme mentions by key into programmes with aliases. A key counts when some mention is
 * vouched for by a weapon cue. It does not count when the corpus shows the name to be a company's,
 * or when the corpus also writes it in lower case and never capitalises it by choice (a common word
 * that opened a sentence). A listed name that recurs on its own elsewhere brings those sentences in.
 */
/** How much a fact deserves printing first; the brief passes its salience, tests may leave it out. */
export type FactWeight = (g: ClaimGroup) => number;

export interface FactOptions {
  weight?: FactWeight;
  tell?: Tell;
}

export function consolidateProgrammes(annotated: readonly Annotated[], corpusText: string, personWords: ReadonlySet<string>, { weight = () => 0, tell }: FactOptions = {}): ProgrammeResult {
  const canonical = joinedKeys(annotated);
  const makers = new Set(annotated.flatMap((a) => a.makers.map((n) => n.toLowerCase())));
  const keys = new Map<string, Rec>();
  for (const a of annotated) {
    for (const [i, mention] of a.programmes.entries()) {
      const m = withoutMaker(mention, makers);
      const key = canonical(m.key);
      let rec = keys.get(key);
      if (!rec) keys.set(key, (rec = { forms: new Map(), confirmed: false, proper: false, bare: new Set(), sentences: new Map(), families: new Set() }));
      for (const f of familiesNear(a.sentence.text, mention, a.programmes[i + 1]?.start ?? a.sentence.text.length)) rec.families.add(f);
      rec.forms.set(m.form, (rec.forms.get(m.form) ?? 0) + 1);
      rec.confirmed ||= m.confirmed;
      rec.proper ||= m.proper;
      if (m.bare) rec.bare.add(m.bare);
      rec.sentences.set(a.sentence.id, a);
    }
  }
  const lower = new Set(corpusText.match(/(?<![\p{L}])\p{Ll}[\p{L}-]*/gu) ?? []);
  const kept = new Map<string, Rec>();
  // In key order, so which programme a shared bare name goes to never depends on reading order.
  for (const [key, rec] of [...keys].sort(([a], [b]) => compare(a, b))) {
    if (!rec.confirmed) continue;
    if (!/\d/.test(key)) {
      const names = [...rec.bare, ...rec.forms.keys()].map((n) => n.toLowerCase());
      if (names.some((n) => makers.has(n))) continue;
      const head = ranked(rec.forms)[0]![0].split(/[\s-]/)[0]!;
      if ((!rec.proper && lower.has(head.toLowerCase())) || personWords.has(head)) continue;
    }
    kept.set(key, rec);
  }
  linkRecurrences(kept, annotated);

  const named = new Map<string, Rec[]>();
  for (const rec of kept.values()) {
    for (const id of rec.sentences.keys()) {
      const list = named.get(id);
      if (list) list.push(rec);
      else named.set(id, [rec]);
    }
  }
  const continuing = continuingSentences(annotated, {
    namedIn: (a) => named.get(a.sentence.id) ?? (a.programmes.length ? [] : null),
    familiesOf: (rec) => rec.families,
    subject: opensWith,
  });

  const used = new Set<string>();
  const programmes: (Programme & { mentions: number })[] = [];
  for (const rec of kept.values()) {
    const forms = ranked(rec.forms);
    const naming = [...rec.sentences.values()];
    const after = continuing.get(rec) ?? [];
    // In order of their words, so the telling that leads a group never depends on which file came first.
    const told = [...naming.filter(isStatement), ...after.filter(isShortFact)].sort((a, b) => compare(a.sentence.text, b.sentence.text));
    const names = (g: ClaimGroup) => g.members.some((m) => rec.sentences.has(m.sentence.id));
    const facts = groupClaims(told).sort(byWeight(names, weight));
    for (const s of [...naming, ...after]) used.add(s.sentence.id);
    programmes.push({
      name: forms[0]![0],
      aliases: forms.slice(1).map(([f]) => f),
      facts: readableFacts(facts, names, tell),
      sources: sortIds(new Set([...naming, ...after].map((s) => s.sentence.source))),
      mentions: naming.length,
    });
  }
  // Ties by name, never by source id or reading order: the same articles in other files give the same brief.
  programmes.sort((a, b) => b.sources.length - a.sources.length || b.mentions - a.mentions || compare(a.name, b.name));
  return { programmes: markShared(programmes.map(({ mentions: _m, ...p }) => p)), used };
}

/** A continuing sentence may be short and still a fact when it gives a figure: "Deliveries begin in 2028." */
function isShortFact(a: Annotated): boolean {
  return isStatement(a) || (a.sentence.kind === 'sentence' && /\d/.test(a.sentence.text) && a.sentence.text.split(/\s+/).length >= 4);
}

/**
 * By salience, a fact that names the programme (it reads well on its own) counting a point more;
 * then the one its outlets put nearest the top (a place within an article, never the file's order).
 */
function byWeight(naming: (g: ClaimGroup) => boolean, weight: FactWeight): (a: ClaimGroup, b: ClaimGroup) => number {
  const place = (g: ClaimGroup) => Math.min(...g.members.map((m) => m.sentence.index));
  const memo = new Map<ClaimGroup, number>();
  const w = (g: ClaimGroup) => memo.get(g) ?? memo.set(g, weight(g) + 2 * g.sources.length + (naming(g) ? 1 : 0)).get(g)!;
  return (a, b) => w(b) - w(a) || place(a) - place(b) || compare(a.lead.sentence.text, b.lead.sentence.text);
}

/**
 * "The fleet includes Rook and Kestrel jets." is a fact of both: each keeps it, and each copy names
 * the others that have it, so the brief can print it once for all of them.
 */
function markShared(programmes: Programme[]): Programme[] {
  const holders = new Map<string, string[]>();
  for (const p of programmes) for (const f of p.facts) holders.set(f.text, [...(holders.get(f.text) ?? []), p.name]);
  for (const p of programmes) {
    for (const f of p.facts) {
      const others = holders.get(f.text)!.filter((n) => n !== p.name);
      if (others.length) f.sharedWith = others;
    }
  }
  return programmes;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "The Tessera Aquilone fighter": a maker's name before a system's is not part of it. */
function withoutMaker(m: ProgrammeMention, makers: ReadonlySet<string>): ProgrammeMention {
  if (m.kind !== 'named') return m;
  const words = m.key.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const maker = words.slice(0, n).join(' ');
    if (!makers.has(maker)) continue;
    const cut = maker.length + 1;
    return { ...m, key: m.key.slice(cut), form: m.form.slice(cut), bare: m.bare?.slice(cut) ?? null };
  }
  return m;
}

/** Forms by use, then the fuller first: the first is the programme's name. */
function ranked(forms: Map<string, number>): [string, number][] {
  return [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]));
}

/**
 * "The Currawong first flew in 2026": a name listed from one cued mention, written alone in another
 * sentence, is the same programme there. A variant mark after it ("Currawong Mk2") is one of its forms.
 */
function linkRecurrences(kept: Map<string, Rec>, annotated: readonly Annotated[]): void {
  const byBare = new Map<string, Rec>();
  for (const rec of kept.values()) for (const b of rec.bare) if (!byBare.has(b)) byBare.set(b, rec);
  if (!byBare.size) return;
  const names = [...byBare.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}\-/])(${names})(?:\s+(${MARK}))?(?![\p{L}\p{N}]|-\p{L})`, 'gu');
  // A sentence that already mentions the programme was counted when its mention was.
  const counted = new Map([...kept.values()].map((rec) => [rec, new Set(rec.sentences.keys())]));
  for (const a of annotated) {
    if (a.sentence.kind === 'heading') continue;
    for (const m of a.sentence.text.matchAll(pattern)) {
      const rec = byBare.get(m[1]!)!;
      const form = m[2] ? `${m[1]} ${m[2]}` : m[1]!;
      const fresh = m[2] ? !a.programmes.some((p) => p.form === form) : !counted.get(rec)!.has(a.sentence.id) && rec.forms.has(form);
      if (fresh) rec.forms.set(form, (rec.forms.get(form) ?? 0) + 1);
      rec.sentences.set(a.sentence.id, a);
    }
  }
}
