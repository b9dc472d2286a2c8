import { escapeRegex } from '../../../data/index.js';
import { quote, tightQuote } from '../quote.js';
import type { Discrepancy } from '../../../model/schema.js';
import { disjoint, readValues, type Value } from '../values.js';
import type { Detector, Statement } from '../types.js';
import { numberWord } from '../words.js';

const FIGURE = /(?:[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|crore|lakh|bn|mn))?(?:(?:\s?[–-]\s?|-to-|(?<=\d)\s+to\s+)[$€£¥₹]?\s?\d[\d,.]*[\s-]?(?:million|billion|trillion|crore|lakh|bn|mn)\b)?|\d[\d,.]*(?:[–-]\d+)?\s?(?:%|per\s?cent|percent)|\d[\d,.]*\s(?:million|billion|trillion)\s(?:dollars|euros|yen|rupees|dirhams))/gi;
const DEAL = /\b((?:[\p{L}-]+\s+){1,3})(pact|deal|agreement|accord|treaty|contract|MoU)\b/giu;
const GENERIC = /^(?:thousand|million|billion|trillion|crore|lakh|bn|mn|dollars?|euros?|yen|rupees?|sign|signs|conclude|concludes|announce|announces|agree|agrees|seal|ink|reach|strike|than|more|less|any|single|whole|entire|same|each|every|one|no|such|a|an|the|new|notable|important|several|other|earlier|previous|major|key|bilateral|any|this|that|such|its|their|his|her|possible|potential|broader|wider|formal|final|likely|first|second|also|and|of|to|for|with|on|in|when|where|while|if|as|but|because|current|existing|original|old|last|latest|whole)$/i;
/** A named deal counts when the source says it is being made: signed, concluded, announced. */
const CONCLUDED = /\b(?:sign|signed|signing|conclude|concluded|announce|announced|agree|agreed|unveil|unveiled|seal|sealed|finalise|finalised|finalize|finalized|ink|inked|negotiating|negotiate)\b/i;
const MAX = 6;

/** A substantive claim (a figure, a named deal) that only one independent source makes. */
export const uncorroborated: Detector = {
  name: 'uncorroborated',
  kind: 'uncorroborated',
  detect(ctx) {
    // With a single independent source, everything is single-sourced: nothing to point out.
    if (new Set(ctx.statements.map((s) => s.source)).size < 2) return [];
    const found: { s: Statement; topic: string; start: number; end: number; reach: number; score: number }[] = [];
    const others = new Set(ctx.statements.map((s) => s.source)).size - 1;
    const bySentence = new Map(ctx.statements.map((s) => [s.a, s]));
    // Which sources use a word: a deal named by another source is corroborated.
    const sourcesWith = new Map<string, Set<string>>();
    for (const s of ctx.statements) {
      for (const w of s.text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []) {
        let set = sourcesWith.get(w);
        if (!set) sourcesWith.set(w, (set = new Set()));
        set.add(s.source);
      }
    }
    const figures = figureIndex(ctx.statements);
    const bySource = new Map<string, Statement[]>();
    for (const s of ctx.statements) {
      const l = bySource.get(s.source);
      if (l) l.push(s);
      else bySource.set(s.source, [s]);
    }
    const namedElsewhere = (s: Statement, last: string, head: string) => {
      const a = sourcesWith.get(last.toLowerCase());
      const b = sourcesWith.get(head.toLowerCase());
      if (!a || !b) return false;
      const named = new RegExp(`\\b${escapeRegex(last)}\\s+${escapeRegex(head)}`, 'i');
      for (const src of a) if (src !== s.source && b.has(src) && bySource.get(src)!.some((o) => named.test(o.text))) return true;
      return false;
    };
    for (const g of ctx.groups) {
      if (g.sources.length !== 1) continue;
      const s = bySentence.get(g.lead);
      if (!s) continue;
      // start–end is the figure or deal; `reach` the end of the words that say what it is, for the side's quote.
      let best: { topic: string; start: number; end: number; reach: number; score: number } | null = null;
      for (const m of s.text.matchAll(FIGURE)) {
        const figure = m[0].trim();
        if (PAST_STATISTIC.test(s.text) || CONVERSION.test(s.text.slice(Math.max(0, m.index - 30), m.index)) || toldElsewhere(figures, s, figure, s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
        // What the figure is of: up to four words, stopping at a verb or a clause word ("… of the lawmakers are").
        const words = (s.text.slice(m.index + m[0].length).match(/^((?:\s+[\p{L}-]+){0,4})/u)?.[1] ?? '').split(/(?=\s)/);
        const stop = words.findIndex((w) => CLAUSE_WORD.test(w.trim()));
        const after = words.slice(0, stop < 0 ? words.length : stop).join('').replace(/(?:\s+(?:of|from|to|for|in|on|at|with|by|and|the|a|an))+$/i, '');
        const topic = `${figure}${after}`.trim();
        if (!best || best.score < 3) best = { topic, start: m.index, end: m.index + m[0].length, reach: m.index + m[0].length + after.length, score: 3 };
      }
      for (const m of s.text.matchAll(DEAL)) {
        const words = m[1]!.trim().split(/\s+/).filter((w) => !GENERIC.test(w) && !/^\p{Ll}+(?:ing|ed)$/u.test(w) && !/\d|[$€£¥₹]/.test(w));
        if (words.join('-').split('-').length < 2 || !CONCLUDED.test(s.text)) continue;
        const phrase = `${words.join(' ')} ${m[2]}`;
        if (namedElsewhere(s, words[words.length - 1]!, m[2]!)) continue;
        if (!best || best.score < 2) best = { topic: phrase, start: m.index, end: m.index + m[0].length, reach: m.index + m[0].length, score: 2 + (s.a.hedged ? 0 : 0.5) };
      }
      if (!best) continue;
      found.push({ s, ...best });
    }
    // The strongest claims; among equals, by what they say, never by which file came first.
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return found
      .sort((a, b) => b.score - a.score || byText(a.topic.toLowerCase(), b.topic.toLowerCase()))
      .slice(0, MAX)
      .map(({ s, topic, start, end, reach }): Discrepancy => ({
        topic: topic.charAt(0).toUpperCase() + topic.slice(1),
        kind: 'uncorroborated',
        claims: [{ source: s.source, quote: quote(s, start, end) }],
        sides: [{ value: topic, sources: [s.source], quote: tightQuote(s, [[start, reach]]) }],
        note: `Only one of the ${numberWord(others + 1)} independent sources reports this; ${others === 1 ? 'the other does' : `the other ${numberWord(others)} do`} not mention it.`,
      }));
  },
};

/** Where a figure's description ends: a verb or a clause word starts what is said about it. */
const CLAUSE_WORD = /^(?:is|are|was|were|be|been|have|has|had|will|would|can|could|may|might|should|do|does|did|such|that|which|who|than|say|says|said)$/i;

/** Words that make a share a bound, not a point. */
const UP_TO = /\b(?:up to|as much as|as high as|at most|no more than)\s+$/i;
const AT_LEAST = /\b(?:more than|over|at least|upwards of)\s+$/i;

/** A figure in brackets right after another is a conversion of it ("$300bn (£229bn)"), not a claim of its own. */
const CONVERSION = /[$€£¥₹]\s?\d[\d,.]*\s?[\p{L}]*\s*\($/u;

/** A figure for a past period ("stood at $21 billion last year") is a statistic, not a claim to check. */
const PAST_STATISTIC = /\b(?:stood at|reached|totalled|totaled|amounted to|was worth|were worth)\b|\blast year\b|\bin (?:19|20)\d\d\b(?![^.]*\b(?:by|until)\b)/i;

interface Figures {
  money: { source: string; v: Value }[];
  shares: { source: string; low: number; high: number }[];
}

/** Every amount and share in the corpus, read once. */
function figureIndex(statements: Statement[]): Figures {
  const money: Figures['money'] = [];
  const shares: Figures['shares'] = [];
  for (const s of statements) {
    for (const v of readValues(s.text)) if (v.kind === 'money') money.push({ source: s.source, v });
    for (const share of sharesIn(s.text)) shares.push({ source: s.source, ...share });
  }
  return { money, shares };
}

/** The same amount in other words ("$50 billion", "50 billion dollars"), or the same percentage, in another source. */
function toldElsewhere(figures: Figures, s: Statement, figure: string, before: string): boolean {
  const amounts = readValues(figure).filter((v) => v.kind === 'money');
  if (amounts.length) return figures.money.some((o) => o.source !== s.source && amounts.some((m) => m.unit === o.v.unit && !disjoint(m, o.v)));
  const share = percentOf(figure);
  if (share === null) return false;
  // "up to 300%" is borne out by another source's 270%; "more than 40%" by its 45%.
  const mine = shareRange(share, before);
  return figures.shares.some((o) => o.source !== s.source && o.low <= mine.high && mine.low <= o.high);
}

const FRACTIONS: Record<string, number> = { half: 50, 'a half': 50, 'one-half': 50, 'a third': 33.3, 'one-third': 33.3, 'two-thirds': 66.7, 'a quarter': 25, 'one-quarter': 25, 'three-quarters': 75, 'a fifth': 20, 'one-fifth': 20, 'two-fifths': 40, 'three-fifths': 60, 'four-fifths': 80, 'a tenth': 10 };
const FRACTION = new RegExp(`\\b(${Object.keys(FRACTIONS).join('|')})\\b`, 'gi');

function percentOf(figure: string): number | null {
  const m = /(\d[\d.]*)(?:\s*[–-]\s*(\d[\d.]*))?\s?(?:%|per\s?cent|percent)/i.exec(figure);
  if (!m) return null;
  return m[2] ? (Number(m[1]) + Number(m[2])) / 2 : Number(m[1]);
}

/** Shares a statement gives, as percentages: "40%", "about two-fifths". */
function sharesIn(text: string): { low: number; high: number }[] {
  const out: { low: number; high: number }[] = [];
  for (const m of text.matchAll(/\d[\d.]*(?:\s*[–-]\s*\d[\d.]*)?\s?(?:%|per\s?cent|percent)/gi)) out.push(shareRange(percentOf(m[0])!, text.slice(Math.max(0, m.index - 20), m.index)));
  for (const m of text.matchAll(FRACTION)) out.push(shareRange(FRACTIONS[m[1]!.toLowerCase()]!, ''));
  return out;
}

/**
 * "up to 300%" is borne out by a 270% elsewhere, "more than 40%" by a 45%; two plain shares agree
 * within three points. Bounds stay near the figure: shares are compared across the corpus, not per subject.
 */
function shareRange(p: number, before: string): { low: number; high: number } {
  if (UP_TO.test(before)) return { low: p * 0.8, high: p };
  if (AT_LEAST.test(before)) return { low: p, high: p * 1.25 };
  return { low: p - 1.5, high: p + 1.5 };
}

