import type { Brief, Claim, Discrepancy, KeyPoint, Programme, TimelineEntry } from '../model/schema.js';
import { cap, programmeRows, type Capped, type ProgrammeRow } from './view.js';

import type { Length } from './length.js';

export { LENGTHS, type Length } from './length.js';

interface Budget {
  keyPoints: number;
  overview: number;
  claims: number;
  programmes: number;
  facts: number;
  timeline: number;
  discrepancies: number;
}

/** Items per section at each length; `full` prints the standard body and an annex with the rest. */
const BUDGETS: Record<Length, Budget> = {
  short: { keyPoints: 4, overview: 3, claims: 3, programmes: 4, facts: 1, timeline: 5, discrepancies: 4 },
  standard: { keyPoints: 5, overview: 5, claims: 7, programmes: 10, facts: 2, timeline: 12, discrepancies: 10 },
  // Tables (programmes, timeline, discrepancies) are printed whole; the annex takes the statements.
  full: { keyPoints: 5, overview: 5, claims: 7, programmes: Infinity, facts: 2, timeline: Infinity, discrepancies: Infinity },
};

/** What the renderers print: the same selection for the PDF, the Markdown and the mail. */
export interface Selection {
  length: Length;
  keyPoints: KeyPoint[];
  overview: Capped<Claim>;
  agenda: Capped<Claim>;
  energyTrade: Capped<Claim>;
  geopolitics: Capped<Claim>;
  programmes: Capped<Programme>;
  /** The shown programmes' facts, a fact several share printed once in a row naming them all. */
  programmeRows: ProgrammeRow[];
  timeline: Capped<TimelineEntry>;
  discrepancies: Capped<Discrepancy>;
  /** `full` only: every statement the body leaves out, by section. */
  annex: { title: string; items: Claim[] }[];
}

export function select(b: Brief, length: Length = 'standard'): Selection {
  const n = BUDGETS[length];
  const programmes = cap(b.defenceProgrammes, n.programmes);
  const sel: Selection = {
    length,
    keyPoints: (b.keyPoints ?? []).slice(0, n.keyPoints),
    overview: cap(b.overview, n.overview),
    agenda: cap(b.agenda, n.claims),
    energyTrade: cap(b.energyTrade, n.claims),
    geopolitics: cap(b.geopolitics, n.claims),
    programmes,
    programmeRows: programmeRows(programmes.items, n.facts),
    timeline: cap(b.timeline, n.timeline),
    discrepancies: cap(b.discrepancies, n.discrepancies),
    annex: [],
  };
  if (length === 'full') sel.annex = annexOf(b, sel);
  return sel;
}

/** Statements the body could not hold, section by section, in the body's order. */
function annexOf(b: Brief, sel: Selection): Selection['annex'] {
  const rest = (all: readonly Claim[], shown: Capped<Claim>) => all.slice(shown.items.length);
  const out: Selection['annex'] = [
    { title: 'Overview', items: rest(b.overview, sel.overview) },
    { title: 'Agenda', items: rest(b.agenda, sel.agenda) },
    { title: 'Energy and trade', items: rest(b.energyTrade, sel.energyTrade) },
    { title: 'Geopolitics', items: rest(b.geopolitics, sel.geopolitics) },
  ];
  for (const row of sel.programmeRows) if (row.rest.length) out.push({ title: `Defence programmes: ${row.title}`, items: row.rest });
  for (const row of programmeRows(b.defenceProgrammes.slice(sel.programmes.items.length), 0)) out.push({ title: `Defence programmes: ${row.title}`, items: row.rest });
  return out.filter((s) => s.items.length);
}

/** The line under a capped list: how many more, and where a reader finds them. */
export function furtherLine(more: number, length: Length, what = 'statements'): string {
  const noun = more === 1 ? what.replace(/s$/, '') : what;
  return length === 'full' ? `…and ${more} further ${noun} in the annex.` : `…and ${more} further ${noun}, printed in the annex of the full-length brief.`;
}
