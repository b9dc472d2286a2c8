import { escapeRegex } from '../data/index.js';
import type { Annotated } from '../extract/index.js';
import type { ProgrammeMention } from '../extract/programmes.js';
import { MARK } from '../extract/programme-names.js';
import type { Programme } from '../model/schema.js';
import { byCorroboration, groupClaims, isStatement, toClaim } from './claims.js';
import { sortIds } from './people.js';

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
  first: number;
}

/**
 * Merges programme mentions by key into programmes with aliases. A key counts when some mention is
 * vouched for by a weapon cue. It does not count when the corpus shows the name to be a company's,
 * or when the corpus also writes it in lower case and never capitalises it by choice (a common word
 * that opened a sentence). A listed name that recurs on its own elsewhere brings those sentences in.
 */
export function consolidateProgrammes(annotated: readonly Annotated[], corpusText: string, personWords: ReadonlySet<string>): ProgrammeResult {
  const canonical = joinedKeys(annotated);
  const makers = new Set(annotated.flatMap((a) => a.makers.map((n) => n.toLowerCase())));
  const keys = new Map<string, Rec>();
  let order = 0;
  for (const a of annotated) {
    for (const mention of a.programmes) {
      const m = withoutMaker(mention, makers);
      const key = canonical(m.key);
      let rec = keys.get(key);
      if (!rec) keys.set(key, (rec = { forms: new Map(), confirmed: false, proper: false, bare: new Set(), sentences: new Map(), first: order++ }));
      rec.forms.set(m.form, (rec.forms.get(m.form) ?? 0) + 1);
      rec.confirmed ||= m.confirmed;
      rec.proper ||= m.proper;
      if (m.bare) rec.bare.add(m.bare);
      rec.sentences.set(a.sentence.id, a);
    }
  }
  const lower = new Set(corpusText.match(/(?<![\p{L}])\p{Ll}[\p{L}-]*/gu) ?? []);
  const kept = new Map<string, Rec>();
  for (const [key, rec] of keys) {
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

  const used = new Set<string>();
  const position = new Map(annotated.map((a, i) => [a.sentence.id, i]));
  const programmes: (Programme & { first: number; mentions: number })[] = [];
  for (const rec of kept.values()) {
    const forms = ranked(rec.forms);
    const sentences = [...rec.sentences.values()].sort((a, b) => position.get(a.sentence.id)! - position.get(b.sentence.id)!);
    const facts = groupClaims(sentences.filter(isStatement)).sort(byCorroboration);
    for (const s of sentences) used.add(s.sentence.id);
    programmes.push({
      name: forms[0]![0],
      aliases: forms.slice(1).map(([f]) => f),
      facts: facts.map(toClaim),
      sources: sortIds(new Set(sentences.map((s) => s.sentence.source))),
      first: rec.first,
      mentions: sentences.length,
    });
  }
  programmes.sort((a, b) => b.sources.length - a.sources.length || b.mentions - a.mentions || a.first - b.first);
  return { programmes: programmes.map(({ first: _f, mentions: _m, ...p }) => p), used };
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

/** One key for an acronym and its expansion ("lsmoa" and "logistics support memorandum of agreement"). */
function joinedKeys(annotated: readonly Annotated[]): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k);
    return p === undefined || p === k ? k : find(p);
  };
  for (const a of annotated) {
    for (const m of a.programmes) {
      if (!m.also) continue;
      const [x, y] = [find(m.key), find(m.also)];
      // The acronym's key wins, being what coverage writes most once it has spelt the name out.
      if (x !== y) parent.set(m.key.length > m.also.length ? x : y, m.key.length > m.also.length ? y : x);
    }
  }
  return find;
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
