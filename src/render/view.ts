import { format } from 'date-fns';
import type { Brief, Claim, Discrepancy, DiscrepancySide, Programme } from '../model/schema.js';
import type { Selection } from './selection.js';

/** Caps for the lists around the content (people, changes, sources, warnings); content caps are the length's (selection.ts). */
export const LIMITS = { claims: 12, overview: 5, programmes: 12, facts: 3, timeline: 25, discrepancies: 15, people: 12, changes: 30, sources: 40, warnings: 20 };

export interface Capped<T> {
  items: T[];
  more: number;
}

export function cap<T>(items: readonly T[], n: number): Capped<T> {
  return { items: items.slice(0, n), more: Math.max(0, items.length - n) };
}

/** A claim told by hundreds of outlets cites the first few and says how many more. */
export const MAX_CITES = 6;

/** "S3" → "[3]": citations are the numbers of the Sources list. */
export function cite(sources: readonly string[]): string {
  const shown = sources.slice(0, MAX_CITES).map((s) => `[${s.slice(1)}]`).join('');
  return sources.length > MAX_CITES ? `${shown} +${sources.length - MAX_CITES}` : shown;
}

/**
 * The Sources appendix: every source when there are few; in a large corpus, the sources the
 * printed brief cites, so every [n] resolves.
 */
export function shownSources(b: Brief, sel: Selection): Capped<Brief['sources'][number]> {
  if (b.sources.length <= LIMITS.sources) return { items: b.sources, more: 0 };
  const cited = new Set<string>();
  const add = (ids: readonly string[]) => ids.slice(0, MAX_CITES).forEach((id) => cited.add(id));
  for (const c of [...sel.keyPoints, ...sel.overview.items, ...sel.agenda.items, ...sel.energyTrade.items, ...sel.geopolitics.items]) add(c.sources);
  for (const row of sel.programmeRows) {
    add(row.sources);
    for (const f of row.facts) add(f.sources);
  }
  for (const t of sel.timeline.items) add(t.sources);
  for (const d of sel.discrepancies.items) add(d.claims.map((c) => c.source));
  for (const s of sel.annex) for (const c of s.items) add(c.sources);
  for (const c of (b.changes?.items ?? []).slice(0, LIMITS.changes)) add(c.sources);
  for (const s of b.sources) if (s.duplicateOf && cited.has(s.id)) cited.add(s.duplicateOf);
  const items = b.sources.filter((s) => cited.has(s.id));
  return { items, more: b.sources.length - items.length };
}

/** One row of the programmes table: a programme with its own facts, or several with the facts they share. */
export interface ProgrammeRow {
  programmes: { name: string; aliases: string[] }[];
  /** "Rook and Heron": the row's programmes as one heading. */
  title: string;
  facts: Claim[];
  /** The row's facts beyond the cap, for the annex. */
  rest: Claim[];
  more: number;
  sources: string[];
}

/**
 * The programmes table: a fact several programmes share is printed once, in a row naming them all,
 * right after the row of the first of them; each programme's row holds the facts it shares with no
 * other. Every row is capped like a list.
 */
export function programmeRows(items: readonly Programme[], factCap: number): ProgrammeRow[] {
  const index = new Map(items.map((p, i) => [p.name, i]));
  const groups = new Map<string, { at: number[]; facts: Claim[] }>();
  const group = (at: number[]) => {
    const key = at.join(' ');
    if (!groups.has(key)) groups.set(key, { at, facts: [] });
    return groups.get(key)!;
  };
  items.forEach((p, i) => {
    // A programme with no fact still has its row, so its name is printed.
    if (!p.facts.length) group([i]);
    for (const f of p.facts) {
      const others = (f.sharedWith ?? []).map((n) => index.get(n)).filter((n) => n !== undefined);
      const g = group([...new Set([i, ...others])].sort((x, y) => x - y));
      const same = g.facts.find((h) => h.text === f.text);
      if (same) same.sources = byNumber([...same.sources, ...f.sources]);
      else g.facts.push({ text: f.text, sources: f.sources, ...(f.hedged ? { hedged: true } : {}) });
    }
  });
  const ordered = [...groups.values()].sort((x, y) => {
    for (let k = 0; k < Math.min(x.at.length, y.at.length); k++) if (x.at[k] !== y.at[k]) return x.at[k]! - y.at[k]!;
    return x.at.length - y.at.length;
  });
  const rows = ordered.map(({ at, facts }) => {
    const programmes = at.map((i) => ({ name: items[i]!.name, aliases: items[i]!.aliases }));
    const names = programmes.map((p) => p.name);
    const shown = cap(facts, factCap);
    return {
      programmes,
      title: names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!,
      facts: shown.items,
      rest: facts.slice(shown.items.length),
      more: shown.more,
      sources: at.length > 1 ? byNumber(shown.items.flatMap((f) => f.sources)) : items[at[0]!]!.sources,
    };
  });
  return rows;
}

function byNumber(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/** A discrepancy's sides; a brief written before sides existed has one per claim. */
export function sidesOf(d: Discrepancy): DiscrepancySide[] {
  return d.sides ?? d.claims.map((c) => ({ value: c.value ?? '', sources: [c.source], quote: c.quote }));
}

/** "2 sources [1][2]: 11 agreements". */
export function sideLine(side: DiscrepancySide): string {
  const n = side.sources.length;
  return `${n} source${n === 1 ? '' : 's'} ${cite(side.sources)}${side.value ? `: ${side.value}` : ''}`;
}

export function humanDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return format(new Date(y!, m - 1, 1), 'MMMM yyyy');
  return format(new Date(y!, m - 1, d), 'd MMMM yyyy');
}

export function humanRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return '—';
  if (!end || end === start) return humanDate(start);
  const [sy, sm] = start.split('-');
  const [ey, em] = end.split('-');
  if (sy === ey && sm === em && start.length === 10 && end.length === 10) return `${Number(start.slice(8))}–${humanDate(end)}`;
  return `${humanDate(start)} – ${humanDate(end)}`;
}

export function personLine(p: Brief['event']['visitor']): string {
  if (!p) return '—';
  return [p.role, p.name].filter(Boolean).join(' ') + (p.country ? `, ${p.country}` : '');
}

/** "Not about this event: left out of the event, facts and discrepancies." */
export function excludedNote(reason: string): string {
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}: left out of the event, facts and discrepancies.`;
}

export interface KeyFact {
  label: string;
  value: string;
}

const KIND_LABEL: Record<string, string> = {
  visit: 'Visit',
  'state visit': 'State visit',
  'official visit': 'Official visit',
  'working visit': 'Working visit',
  summit: 'Summit of two leaders',
  'multilateral summit': 'Multilateral summit',
  tour: 'Tour',
  address: 'Address',
};

/** "Port Alvar, Queensland, Australia": the venue as a reader wants it. */
function placeLine(e: Brief['event']): string {
  const v = e.venue;
  if (!v) return e.location ?? '—';
  return [v.name, v.region, v.country && v.country !== v.name ? v.country : null].filter(Boolean).join(', ');
}

/** The key-facts box, shaped by the kind of event: who meets whom, where, when, and on what evidence. */
export function keyFacts(b: Brief): KeyFact[] {
  const independent = b.sources.filter((s) => !s.duplicateOf);
  const outlets = new Set(independent.map((s) => s.outlet).filter((o) => o !== 'unattributed'));
  const copies = b.sources.length - independent.length;
  const strays = b.sources.filter((s) => s.excluded).length;
  const e = b.event;
  const principals = e.principals ?? [];
  const facts: KeyFact[] = [];
  const kind = e.kind ? [KIND_LABEL[e.kind] ?? e.kind, e.name ? `(${e.name})` : null, e.occasion ? `for the ${e.occasion}` : null].filter(Boolean).join(' ') : '—';
  facts.push({ label: 'Event', value: kind });
  if (e.kind === 'summit' || e.kind === 'multilateral summit') {
    const others = principals.filter((p) => p.name !== e.host?.name);
    facts.push({ label: 'Leaders', value: others.length ? others.map(personLine).join('; ') : '—' });
    if (e.host) facts.push({ label: e.kind === 'summit' ? 'Host' : 'Chair', value: personLine(e.host) });
  } else {
    facts.push({ label: e.kind === 'address' ? 'Speaker' : 'Visitor', value: personLine(e.visitor) });
    facts.push({ label: 'Host', value: personLine(e.host) });
    const others = principals.filter((p) => p.name !== e.visitor?.name && p.name !== e.host?.name);
    if (others.length) facts.push({ label: 'Also', value: others.map(personLine).join('; ') });
  }
  facts.push({ label: 'Where', value: placeLine(e) });
  if (e.stops?.length) facts.push({ label: 'Stops', value: e.stops.map((s) => `${s.place.name} (${humanRange(s.start, s.end)})`).join('; ') });
  facts.push({ label: 'When', value: humanRange(e.start, e.end) });
  facts.push({
    label: 'Sources',
    value:
      `${b.sources.length} article${b.sources.length === 1 ? '' : 's'}, ${independent.length} independent` +
      (outlets.size ? `, ${outlets.size} named outlet${outlets.size === 1 ? '' : 's'}` : '') +
      (copies ? ` (${copies} republished cop${copies === 1 ? 'y' : 'ies'})` : '') +
      (strays ? `; ${strays} not about this event, left out` : ''),
  });
  return facts;
}

const CHANGE_TITLES: Record<string, string> = {
  'source-added': 'New sources',
  'source-dropped': 'Sources no longer in the corpus',
  'claim-added': 'New claims',
  'claim-removed': 'Claims no longer made',
  'programme-added': 'Programmes added',
  'programme-removed': 'Programmes no longer mentioned',
  'discrepancy-opened': 'Discrepancies opened',
  'discrepancy-resolved': 'Discrepancies resolved',
  'event-changed': 'Event facts changed',
};

/** The changes section, grouped by kind, capped like every list. */
export function changesView(b: Brief) {
  const c = b.changes;
  if (!c) return null;
  const { items, more } = cap(c.items, LIMITS.changes);
  const groups: { title: string; items: { text: string; sources: string[] }[] }[] = [];
  for (const it of items) {
    const title = CHANGE_TITLES[it.kind]!;
    let g = groups.find((x) => x.title === title);
    if (!g) groups.push((g = { title, items: [] }));
    g.items.push({ text: it.section && it.kind.startsWith('claim') ? `${it.section}: ${it.text}` : it.text, sources: it.sources });
  }
  const since = c.sinceEdition ? `edition ${c.sinceEdition}${c.sinceAsOf ? ` (as of ${humanDate(c.sinceAsOf)})` : ''}` : 'the last brief';
  const intro = c.items.length ? `Edition ${b.edition ?? 1} against ${since}: ${c.items.length} change${c.items.length === 1 ? '' : 's'}.` : `Nothing changed since ${since}.`;
  return { first: c.first, intro, groups, more, items: c.items };
}
