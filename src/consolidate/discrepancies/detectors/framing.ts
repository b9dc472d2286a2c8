import { framing, phraseSource } from '../../../data/index.js';
import type { Discrepancy } from '../../../model/schema.js';
import { quote } from '../quote.js';
import type { Context, Detector, Statement } from '../types.js';

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

function tones(statements: Statement[]): Map<string, Tone> {
  const out = new Map<string, Tone>();
  for (const s of statements) {
    const neg = s.text.match(SCEPTICAL)?.length ?? 0;
    const pos = s.text.match(UPBEAT)?.length ?? 0;
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
  const list = [...byTone.values()];
  const sceptic = list.filter((t) => t.net <= -lean && t.worst).sort((a, b) => a.net - b.net || (a.source < b.source ? -1 : 1))[0];
  const optimist = list.filter((t) => t.net >= lean && t.best).sort((a, b) => b.net - a.net || (a.source < b.source ? -1 : 1))[0];
  return sceptic && optimist ? [sceptic, optimist] : null;
}

function discrepancy(topic: string, [sceptic, optimist]: [Tone, Tone]): Discrepancy {
  return {
    topic,
    kind: 'framing',
    claims: [
      { source: sceptic.source, quote: quote(sceptic.worst!.s), value: 'sceptical' },
      { source: optimist.source, quote: quote(optimist.best!.s), value: 'upbeat' },
    ],
    note: `One source reads it sceptically (${sceptic.sceptical} sceptical cues against ${sceptic.upbeat} upbeat), the other upbeat (${optimist.upbeat} against ${optimist.sceptical}).`,
  };
}

/** One outlet markedly sceptical where another is upbeat: per programme, then on the visit as a whole. */
export const framingContrast: Detector = {
  name: 'framing',
  kind: 'framing',
  detect(ctx: Context) {
    const out: Discrepancy[] = [];
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
      out.push(discrepancy('Outlook for the visit and the relationship', overall));
    }
    for (const { form, statements } of [...byProgramme.values()].sort((a, b) => b.statements.length - a.statements.length)) {
      const pair = contrast(tones(statements), LEAN.programme);
      if (!pair || paired.has([pair[0].source, pair[1].source].sort().join())) continue;
      paired.add([pair[0].source, pair[1].source].sort().join());
      out.push(discrepancy(`Outlook for ${form}`, pair));
    }
    return out.slice(0, 3);
  },
};
