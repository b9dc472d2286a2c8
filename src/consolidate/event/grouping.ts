import { eventCues } from '../../extract/event-cues.js';
import { peopleIn, sentencesOf, Tally, type EventContext } from './context.js';
import { isBackground } from './places.js';
import type { Standing } from './salience.js';

/** Of a grouping named this share of sources or more, the event is that grouping's summit. */
const GROUP_SHARE = 0.35;

/**
 * The grouping whose summit it is: named by enough independent sources, in headlines, and not
 * mostly as a summit somewhere other than the destination ("before the CSF summit in Vanuatu").
 */
export function groupName(ctx: EventContext, counted: number, destination: string | null): string | null {
  // "Coral Sea Forum" and "CSF" are one grouping: a full name is filed under its initials.
  const full = new Map<string, string>();
  for (const a of ctx.annotated) for (const g of a.cues.groups) if (g.includes(' ')) full.set(initials(g), g);
  // "Leaders of the Coral Sea Forum (CSF)": a name spelt out beside its initials.
  for (const a of ctx.annotated) for (const m of a.sentence.text.matchAll(SPELT_OUT)) if (initials(m[1]!) === m[2]) full.set(m[2]!, m[1]!);
  const acronyms = new Set<string>();
  for (const a of ctx.annotated) for (const g of a.cues.groups) if (/^[A-Z]{2,6}$/.test(g) && !full.has(g)) acronyms.add(g);
  // "Leaders of the Coral Sea Forum opened…": a capitalised name whose initials are a grouping's acronym.
  if (acronyms.size) for (const a of ctx.annotated) for (const m of a.sentence.text.matchAll(CAPITALISED)) if (acronyms.has(initials(m[0])) && !full.has(initials(m[0]))) full.set(initials(m[0]), m[0]);
  const keyOf = (g: string) => (g.includes(' ') ? initials(g) : g);
  const tally = new Tally<string>();
  const elsewhere = new Map<string, number>();
  // A headline naming the grouping's summit counts as much as a sentence does.
  for (const art of ctx.articles) if (ctx.counts(art.id)) for (const g of eventCues(art.title).groups) tally.add(keyOf(g), keyOf(g), art.id);
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source)) continue;
    for (const g of a.cues.groups) {
      const key = keyOf(g);
      tally.add(key, key, a.sentence.source);
      if (isBackground(a, ctx.year(a.sentence.source))) continue;
      const where = a.countries.filter((c) => c.kind !== 'demonym' && /\b(?:in|at)\s+(?:the\s+)?$/i.test(a.sentence.text.slice(Math.max(0, c.start - 8), c.start)));
      if (where.length) elsewhere.set(key, (elsewhere.get(key) ?? 0) + (where.every((c) => c.country !== destination) ? 1 : -1));
    }
  }
  for (const r of tally.ranked()) {
    const share = r.sources.size / Math.max(1, counted);
    if (r.sources.size < 2 || share < GROUP_SHARE || (elsewhere.get(r.key) ?? 0) > 0) continue;
    const names = [r.key, full.get(r.key)].filter((n): n is string => !!n).map((n) => n.replace(/^G(\d)/, 'G-?$1'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    const inHeadlines = ctx.articles.filter((art) => ctx.counts(art.id) && re.test(art.title)).length;
    if (inHeadlines >= 2 || (inHeadlines >= 1 && share >= 0.5)) return full.get(r.key) ?? r.value;
  }
  return null;
}

const CAPITALISED = /(?:\p{Lu}[\p{L}’'-]+\s+){1,4}\p{Lu}[\p{L}’'-]+/gu;
const SPELT_OUT = /((?:\p{Lu}[\p{L}’'-]+\s+){1,5}\p{Lu}[\p{L}’'-]+)\s+\(([A-Z]{2,6})\)/gu;

/** "Coral Sea Forum" → "CSF". */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * A leader takes part in a grouping's summit when sentences put them there (named with the
 * grouping, the summit, its venue or its country, or among the leaders), and no more often
 * as staying away, shut out, or meeting someone elsewhere.
 */
export function attends(ctx: EventContext, s: Standing, group: string, destination: string | null, venue: string | null): boolean {
  let there = 0;
  let away = 0;
  for (const a of sentencesOf(ctx, s.person)) {
    if (!ctx.counts(a.sentence.source)) continue;
    const text = a.sentence.text;
    if (ABSENT.test(text)) {
      away++;
      continue;
    }
    const atSummit =
      a.cues.groups.some((g) => g === group || initialsOf(g) === initialsOf(group)) ||
      a.cues.summit ||
      /\b(?:leaders|attend(?:s|ed|ing)?|arrived|opening|communiqu[eé]|declaration|sidelines)\b/i.test(text) ||
      (!!venue && text.includes(venue)) ||
      (!!destination && a.countries.some((c) => c.country === destination && c.kind !== 'demonym'));
    if (!atSummit) continue;
    // "leaves for Ruritania ahead of his meeting with X": X is met somewhere else.
    const present = new Set(peopleIn(ctx, a.sentence.id).map((p) => p.country));
    const other = a.countries.some((c) => c.country !== destination && !present.has(c.country) && c.kind !== 'demonym' && /\b(?:to|in|for|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.start - 8), c.start)));
    if (other) away++;
    else there++;
  }
  return there >= 1 && there > away;
}

const ABSENT = /\b(?:pull(?:s|ed)?\s+out|absen(?:t|ce)|skip(?:s|ped|ping)?|stay(?:s|ed)?\s+away|(?:did|will|would)\s+not\s+attend|won[’']t\s+attend|not\s+attending|declin(?:ed|es)\s+(?:to|the|an)|ousted|expelled|kicked\s+out|suspended|readmit(?:ted)?|back\s+in(?:to)?\b|rejoin|return\s+to\s+the|excluded|not\s+invited|uninvited|sent\s+(?:his|her)\s+(?:deputy|foreign\s+minister))\b/i;

function initialsOf(name: string): string {
  return name.includes(' ') ? initials(name) : name;
}
