import { framing, phraseSource } from '../../../data/index.js';
import { quote, tightQuote } from '../quote.js';
import { mergeFindings, type Finding } from '../sides.js';
import type { Context, Detector, Statement } from '../types.js';
import { inSentence, sayings } from '../words.js';

const SCEPTICAL = new RegExp(`(?<![\\p{L}])(?:${phraseSource(framing.sceptical)})(?![\\p{L}])`, 'giu');
const UPBEAT = new RegExp(`(?<![\\p{L}])(?:${phraseSource(framing.upbeat)})(?![\\p{L}])`, 'giu');
/** How far a source must lean, in cue words net, to count as sceptical or upbeat on a subject. */
const LEAN = { programme: 2, overall: 4 };

interface Tone {
  source: string;
  net: number;
  sceptical: number;
  upbeat: number;
  best: { s: Statement; score: number } | null;
  worst: { s: Statement; score: number } | null;
}

/** Cue words counted once per statement: a statement is read for the whole visit and for each programme near it. */
const counted = new WeakMap<Statement, [neg: number, pos: number]>();

function cueCounts(s: Statement): [number, number] {
  let c = counted.get(s);
  if (!c) counted.set(s, (c = [s.text.match(SCEPTICAL)?.length ?? 0, s.text.match(UPBEAT)?.length ?? 0]));
  return c;
}

function tones(statements: Statement[]): Map<string, Tone> {
  const out = new Map<string, Tone>();
  for (const s of statements) {
    const [neg, pos] = cueCounts(s);
    let t = out.get(s.source);
    if (!t) out.set(s.source, (t = { source: s.source, net: 0, sceptical: 0, upbeat: 0, best: null, worst: null }));
    t.net += pos - neg;
    t.sceptical += neg;
    t.upbeat += pos;
    const score = pos - neg;
    if (score > 0 && (!t.best || score > t.best.score)) t.best = { s, score };
    if (score < 0 && (!t.worst || score < t.worst.score)) t.worst = { s, score };
  }
  return out;
}

function contrast(byTone: Map<string, Tone>, lean: number): [Tone, Tone] | null {
  // Ties go by what the sources say, never by which file came first.
  const byText = (a: Statement | undefined, b: Statement | undefined) => ((a?.text ?? '') < (b?.text ?? '') ? -1 : 1);
  const list = [...byTone.values()];
  const sceptic = list.filter((t) => t.net <= -lean && t.worst).sort((a, b) => a.net - b.net || byText(a.worst?.s, b.worst?.s))[0];
  const optimist = list.filter((t) => t.net >= lean && t.best).sort((a, b) => b.net - a.net || byText(a.best?.s, b.best?.s))[0];
  return sceptic && optimist ? [sceptic, optimist] : null;
}

interface Lean {
  sceptical: boolean;
  /** The cue words of the quoted sentence, as written: "stalled", "historic milestone". */
  cues: string[];
}

function reading(s: Statement, sceptical: boolean) {
  const cues = [...s.text.matchAll(sceptical ? SCEPTICAL : UPBEAT)];
  return {
    source: s.source,
    quote: quote(s),
    // The clause around its first cues, with the programme when the sentence names one.
    short: tightQuote(s, [...cues.slice(0, 2).map((m): [number, number] => [m.index, m.index + m[0].length]), ...s.a.programmes.slice(0, 1).map((p): [number, number] => [p.start, p.end])]),
    value: sceptical ? 'sceptical' : 'upbeat',
    datum: { sceptical, cues: [...new Set(cues.map((m) => m[0]))].slice(0, 2) } satisfies Lean,
  };
}

const cueList = (cues: string[]) => cues.map((c) => `“${c}”`).join(', ');

function finding(topic: string, [sceptic, optimist]: [Tone, Tone]): Finding<Lean> {
  return { topic, readings: [reading(sceptic.worst!.s, true), reading(optimist.best!.s, false)] };
}

/** One outlet markedly sceptical where another is upbeat: per programme, then on the visit as a whole. */
export const framingContrast: Detector = {
  name: 'framing',
  kind: 'framing',
  detect(ctx: Context) {
    const out: Finding<Lean>[] = [];
    // A programme's framing is read in the paragraphs that discuss it and the one after (often a quote).
    const byProgramme = new Map<string, { form: string; statements: Statement[] }>();
    const scope = new Map<string, Set<string>>();
    for (const s of ctx.statements) {
      for (const p of s.a.programmes) {
        if (!byProgramme.has(p.key)) byProgramme.set(p.key, { form: p.form, statements: [] });
        let sc = scope.get(p.key);
        if (!sc) scope.set(p.key, (sc = new Set()));
        sc.add(`${s.source}#${s.a.sentence.paragraph}`).add(`${s.source}#${s.a.sentence.paragraph + 1}`);
      }
    }
    const byParagraph = new Map<string, Statement[]>();
    for (const s of ctx.statements) {
      const k = `${s.source}#${s.a.sentence.paragraph}`;
      let l = byParagraph.get(k);
      if (!l) byParagraph.set(k, (l = []));
      l.push(s);
    }
    for (const [key, e] of byProgramme) for (const k of [...scope.get(key)!].sort()) e.statements.push(...(byParagraph.get(k) ?? []));
    const paired = new Set<string>();
    const overall = contrast(tones(ctx.statements), LEAN.overall);
    if (overall) {
      paired.add([overall[0].source, overall[1].source].sort().join());
      out.push(finding('Outlook for the visit and the relationship', overall));
    }
    for (const { form, statements } of [...byProgramme.values()].sort((a, b) => b.statements.length - a.statements.length)) {
      const pair = contrast(tones(statements), LEAN.programme);
      if (!pair || paired.has([pair[0].source, pair[1].source].sort().join())) continue;
      paired.add([pair[0].source, pair[1].source].sort().join());
      out.push(finding(`Outlook for ${form}`, pair));
    }
    return mergeFindings(out.slice(0, 3), {
      kind: 'framing',
      agree: (a, b) => a.sceptical === b.sceptical,
      key: (l) => String(l.sceptical),
      label: (l) => (l.sceptical ? 'sceptical' : 'upbeat'),
      order: (a, b) => Number(b.sceptical) - Number(a.sceptical),
      // The outlook for the visit and for one programme are told apart even when one sentence is the sharpest for both.
      joinOnReadings: false,
      note: (sides, topic) =>
        sayings(
          sides,
          (v, p) => `${p ? 'are' : 'is'} ${v} about ${inSentence(topic)} (${cueList(sides.find((x) => x.value === v)!.datum.cues)})`,
          (v, p) => `${p ? 'are' : 'is'} ${v} (${cueList(sides.find((x) => x.value === v)!.datum.cues)})`,
        ),
    });
  },
};
