import { military, phraseSource } from '../data/index.js';
import type { Annotated } from '../extract/index.js';
import type { ProgrammeMention } from '../extract/programmes.js';

/** Each weapon noun with the kinds of thing it can stand for ("aircraft": fixed-wing, helicopter, drone). */
const FAMILIES = new Map<string, Set<string>>();
for (const [family, nouns] of Object.entries(military.referenceFamilies)) for (const n of nouns) FAMILIES.set(n, (FAMILIES.get(n) ?? new Set()).add(family));
const GENERIC = new Set(military.referenceNouns);
const SEVERAL = new Set(military.referenceSeveral);
const ALL = [...GENERIC, ...SEVERAL, ...FAMILIES.keys()];
const NOUNS = phraseSource(ALL);
const FAMILY_NOUNS = phraseSource([...FAMILIES.keys()]);
const CAPITALISED = phraseSource(ALL.map((n) => n.charAt(0).toUpperCase() + n.slice(1)));
const END = String.raw`(?![\p{L}\p{N}-])`;
// "the aircraft", "these two systems", "the proposed procurement"; "the system of annual summits" is another
// thing. Greedy, so "the jet engine" is an engine.
const DEFINITE = new RegExp(String.raw`(?<![\p{L}\p{N}])([Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Bb]oth|[Ss]uch)\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}(${NOUNS})${END}(?!\s+of\b)`, 'gu');
// "Deliveries would begin in 2028."
const OPENING = new RegExp(String.raw`^(${CAPITALISED})${END}(?!\s+of\b)`, 'u');
// "between six and eight aircraft", "12 more jets": a counted weapon noun, which must fit what the programme is.
const COUNTED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|more|additional|further|another|extra)\s+(?:[\p{Ll}-]+\s+){0,2}?(${FAMILY_NOUNS})${END}`, 'gu');
const FAMILY_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${FAMILY_NOUNS})${END}`, 'gu');
const PRONOUN = /^(It|Its|They|Their|Both)\b/;
// "It is learnt that …", "It is not clear whether …": an "it" that stands for nothing.
const EXPLETIVE =
  /^It\s+(?:is|was|will be|would be|has been|had been|seems|seemed|appears|appeared|remains|remained)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:that|whether|if|how|why|when|what)\b|^It\s+(?:is|was)\s+(?:not\s+)?(?:important|necessary|possible|impossible|difficult|hard|easy|unclear|clear|too|time)\b/u;
// The programme opens its sentence, so a pronoun in the next one can stand for it: "The Kestrel …", "Norway's Kestrel …".
const SUBJECT_BEFORE = /^\s*(?:(?:The|A|An|Its|Their|This|These|Those)\s+)?(?:(?:[\p{Ll}\p{N}-]+|\p{Lu}[\p{L}-]*['’]s)\s+){0,3}$/u;

interface Reference {
  noun: string | null;
  plural: boolean;
  definite: boolean;
}

/** The kinds of thing coverage calls a programme where it names it ("Kestrel transport aircraft" → aircraft). */
export function familiesNear(text: string, m: ProgrammeMention, limit: number): string[] {
  const after = /^(?:[\s,]*[^\s,.;:!?]+){0,4}/u.exec(text.slice(m.end, limit))![0];
  const window = text.slice(m.start, m.end) + after;
  return [...window.matchAll(FAMILY_WORD)].flatMap((w) => [...FAMILIES.get(w[1]!)!]);
}

/** Whether a sentence naming a programme opens with it, so "It …" next can mean it. */
export function opensWith(a: Annotated): boolean {
  const first = a.programmes[0];
  return first !== undefined && SUBJECT_BEFORE.test(a.sentence.text.slice(0, first.start));
}

/** How a sentence refers back without a name: a leading pronoun, a definite or opening noun, a counted weapon noun. */
function references(text: string): Reference[] {
  const pronoun = PRONOUN.exec(text)?.[1];
  if (pronoun && !EXPLETIVE.test(text)) return [{ noun: null, plural: pronoun !== 'It' && pronoun !== 'Its', definite: true }];
  const out: Reference[] = [];
  const opening = OPENING.exec(text)?.[1]?.toLowerCase();
  if (opening) out.push({ noun: opening, plural: opening.endsWith('s'), definite: true });
  for (const m of text.matchAll(DEFINITE)) out.push({ noun: m[2]!, plural: m[2]!.endsWith('s') || /^(?:these|those|both)$/i.test(m[1]!), definite: true });
  for (const m of text.matchAll(COUNTED)) out.push({ noun: m[1]!, plural: true, definite: false });
  return out;
}

/**
 * A weapon noun of another family is about something else; a generic one ("the deal") fits any
 * programme, and "the deals" only several.
 */
function fits(ref: Reference, families: ReadonlySet<string>, several: boolean): boolean {
  if (ref.noun === null || GENERIC.has(ref.noun)) return true;
  if (SEVERAL.has(ref.noun)) return several;
  if (!families.size) return ref.definite;
  return [...FAMILIES.get(ref.noun)!].some((f) => families.has(f));
}

export interface ContinuationInput<T> {
  /** The listed programmes a sentence names; [] when it names only unlisted ones; null when it names none. */
  namedIn(a: Annotated): readonly T[] | null;
  familiesOf(p: T): ReadonlySet<string>;
  /** Whether the sentence naming these programmes has them as its subject. */
  subject(a: Annotated): boolean;
}

/**
 * Sentences that go on about a programme without naming it: "Brazil offered the Kestrel." then
 * "Japan could order between six and eight aircraft." and "The deal is worth $2 billion." Read in
 * the same paragraph and the one right after; the run stops at a sentence that names a programme,
 * refers back to nothing, or could mean several programmes where it speaks of one.
 */
export function continuingSentences<T>(annotated: readonly Annotated[], input: ContinuationInput<T>): Map<T, Annotated[]> {
  const out = new Map<T, Annotated[]>();
  const bySource = new Map<string, Annotated[]>();
  for (const a of annotated) {
    const list = bySource.get(a.sentence.source);
    if (list) list.push(a);
    else bySource.set(a.sentence.source, [a]);
  }
  for (const sentences of bySource.values()) {
    let run: { about: readonly T[]; subject: boolean; paragraph: number } | null = null;
    for (const a of sentences.sort((x, y) => x.sentence.index - y.sentence.index)) {
      const named = a.sentence.kind === 'heading' ? [] : input.namedIn(a);
      if (named !== null) {
        run = named.length ? { about: named, subject: input.subject(a), paragraph: a.sentence.paragraph } : null;
        continue;
      }
      if (!run || a.sentence.paragraph > run.paragraph + 1) {
        run = null;
        continue;
      }
      const refs = references(a.sentence.text);
      const pronoun = refs.length === 1 && refs[0]!.noun === null;
      const current = run;
      const about = pronoun && !current.subject ? [] : current.about.filter((p) => refs.some((r) => fits(r, input.familiesOf(p), current.about.length > 1)));
      const plural = refs.some((r) => r.plural);
      if (!about.length || (about.length > 1 && !plural)) {
        run = null;
        continue;
      }
      for (const p of about) {
        const list = out.get(p);
        if (list) list.push(a);
        else out.set(p, [a]);
      }
      // "The aircraft would …" is about the programme; "The navy could order six aircraft" is about the navy.
      const opens = pronoun || OPENING.test(a.sentence.text) || [...a.sentence.text.matchAll(DEFINITE)][0]?.index === 0;
      run = { about, subject: opens, paragraph: current.paragraph };
    }
  }
  return out;
}
