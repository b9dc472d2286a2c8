import { countryByName } from '../../../extract/countries.js';
import { quote, tightQuote } from '../quote.js';
import { mergeFindings, type Finding } from '../sides.js';
import type { Detector, Statement } from '../types.js';
import { capitalise, dateWords } from '../words.js';

/** A "first in N years" claim, or an earlier occasion another source dates inside those years. */
interface Said {
  first: boolean;
  /** The claim's words ("first visit to Warsaw in six years") or the earlier occasion's date. */
  text: string;
  /** For a claim, the month its years reach back to. */
  since: string | null;
  /** What occasion: "visit", "meeting", "discussion". */
  noun: string;
}

const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
const FIRST = /\bfirst\s+(?:[\p{L}-]+\s+){0,4}?(visit|trip|meeting|discussion|talks|summit|encounter)\b([^.;]{0,60}?)\bin\s+(?:(nearly|almost|more than|over|about|some|just over|just under)\s+)?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(years?|decades?|months?)/giu;
const PAST_EVENT_TEST = /\b(?:visited|travelled|traveled|flew|met|held talks|hosted|attended|went|toured|was in|were in|trip to|visit to|summit in)\b/i;
const PAST_EVENT = /\b(?:visited|travelled|traveled|flew|met|held talks|hosted|attended|went|toured|was in|were in|trip to|visit to|summit in)\b/gi;

/**
 * "first face-to-face discussion in nearly three years" against an in-person meeting that another
 * source dates within those three years.
 */
export const firstSinceConflict: Detector = {
  name: 'first-since-conflict',
  kind: 'conflict',
  detect(ctx) {
    const findings: Finding<Said>[] = [];
    // Statements that date a past visit or meeting: read once, searched for every "first in N years".
    const dated = ctx.statements.filter((s) => s.a.dates.some((d) => d.precision !== 'year' && !d.weekday) && PAST_EVENT_TEST.test(s.text));
    const leaders = [ctx.event.visitor?.name, ctx.event.host?.name].filter((n): n is string => !!n).map((n) => n.split(/\s+/));
    const told = new Set<string>();
    for (const s of ctx.statements) {
      for (const m of s.text.matchAll(FIRST)) {
        // The same claim repeated (a wire line) is checked once.
        const claim = m[0].toLowerCase();
        if (told.has(claim)) continue;
        told.add(claim);
        const n = /^\d/.test(m[4]!) ? Number(m[4]) : NUMBERS[m[4]!.toLowerCase()] ?? 1;
        const months = /^decade/i.test(m[5]!) ? n * 120 : /^year/i.test(m[5]!) ? n * 12 : n;
        const since = shiftMonths(s.reference, -months);
        const place = /\bto\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(m[2] ?? '')?.[1] ?? null;
        // A region ("the Gulf") holds the event's own place.
        const places = place ? [place, ...(countryByName(place) ? [] : [ctx.event.location, ctx.event.host?.country].filter((p): p is string => !!p))] : [];
        const witness = findEarlier(dated, s, since, places, leaders);
        if (!witness) continue;
        findings.push({
          topic: place ? `Last visit to ${place}` : 'When the leaders last met',
          readings: [
            { source: s.source, quote: quote(s, m.index, m.index + m[0].length), short: tightQuote(s, [[m.index, m.index + m[0].length]]), datum: { first: true, text: m[0], since: since.slice(0, 7), noun: m[1]!.toLowerCase() } },
            {
              source: witness.s.source,
              quote: quote(witness.s, witness.at, witness.at + 20),
              short: tightQuote(witness.s, [[witness.at, witness.stop], witness.verb]),
              value: witness.date,
              datum: { first: false, text: witness.date, since: null, noun: m[1]!.toLowerCase() },
            },
          ],
        });
        break;
      }
    }
    return mergeFindings(findings, {
      kind: 'conflict',
      agree: (a, b) => a.first === b.first,
      key: (d) => String(d.first),
      label: (d) => (d.first ? d.text : `${/^[aeiou]/.test(d.noun) ? 'an' : 'a'} ${d.noun.replace(/^talks$/, 'round of talks')} in ${dateWords(d.text)}`),
      // The claim first, then the occasion that belies it.
      order: (a, b) => Number(b.first) - Number(a.first),
      note(sides) {
        const claim = sides.find((x) => x.datum.first);
        const witness = sides.find((x) => !x.datum.first);
        if (!claim || !witness) return '';
        const by = (n: number) => (n === 1 ? 'one source' : `${n} sources`);
        return `${capitalise(by(claim.sources.length))} ${claim.sources.length === 1 ? 'calls' : 'call'} this the ${claim.datum.text}, so none since ${dateWords(claim.datum.since!)}; ${witness.sources.length === 1 ? 'another' : by(witness.sources.length)} ${witness.sources.length === 1 ? 'dates' : 'date'} one to ${dateWords(witness.datum.text)}.`;
      },
    });
  },
};

function findEarlier(statements: Statement[], first: Statement, since: string, places: string[], leaders: string[][]): { s: Statement; date: string; at: number; stop: number; verb: [number, number] } | null {
  let best: { s: Statement; date: string; at: number; stop: number; verb: [number, number]; distance: number } | null = null;
  for (const s of statements) {
    if (s.source === first.source) continue;
    if (!s.a.dates.some((d) => d.precision !== 'year' && !d.weekday)) continue;
    const verbs = [...s.text.matchAll(PAST_EVENT)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
    if (!verbs.length) continue;
    const sharesPlace = places.some((p) => s.text.includes(p));
    const sharesLeader = leaders.some((tokens) => tokens.some((t) => t.length > 2 && new RegExp(`(?<![\\p{L}])${t}(?![\\p{L}])`, 'u').test(s.text)));
    if (places.length ? !sharesPlace : !sharesLeader) continue;
    for (const d of s.a.dates) {
      if (d.precision === 'year' || d.weekday) continue;
      if (!(d.date >= since.slice(0, d.date.length) && d.date < first.reference.slice(0, d.date.length))) continue;
      // The date that goes with the visit or meeting: the one nearest its verb.
      const verb = verbs.sort((x, y) => Math.abs(x[0] - d.start) - Math.abs(y[0] - d.start))[0]!;
      const distance = Math.abs(verb[0] - d.start);
      if (!best || distance < best.distance) best = { s, date: d.date, at: d.start, stop: d.end, verb, distance };
    }
  }
  return best;
}

function shiftMonths(iso: string, delta: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dt = new Date(Date.UTC(y!, m! - 1 + delta, d ?? 1));
  return dt.toISOString().slice(0, 10);
}
