import type { Brief, Changes, Claim } from './schema.js';

type Item = Changes['items'][number];
const SECTIONS = [
  ['overview', 'Overview'],
  ['agenda', 'Agenda'],
  ['energyTrade', 'Energy and trade'],
  ['geopolitics', 'Geopolitics'],
] as const;

/**
 * The brief without what says how it relates to earlier editions, nor its marking (a label on the
 * paper, not content): two such briefs with equal content are one edition.
 */
export function content(b: Brief): Omit<Brief, 'edition' | 'changes' | 'marking'> {
  const { edition: _e, changes: _c, marking: _m, ...rest } = b;
  return rest;
}

export function sameContent(a: Brief, b: Brief): boolean {
  return JSON.stringify(content(a)) === JSON.stringify(content(b));
}

/**
 * Claim-level changes from the previous edition to this one: sources, claims per section,
 * programmes, discrepancies, event facts. Pure; null previous means this is the first edition.
 */
export function diffBriefs(previous: Brief | null, current: Brief): Changes {
  if (!previous) return { first: true, sinceEdition: null, sinceAsOf: null, items: [] };
  const items: Item[] = [];
  const fileId = new Map(current.sources.map((s) => [s.file, s.id]));
  const prevFiles = new Set(previous.sources.map((s) => s.file));
  for (const s of current.sources) if (!prevFiles.has(s.file)) items.push({ kind: 'source-added', section: 'Sources', text: `${s.outlet} — ${s.title} (${s.file})`, sources: [s.id] });
  for (const s of previous.sources) if (!fileId.has(s.file)) items.push({ kind: 'source-dropped', section: 'Sources', text: `${s.outlet} — ${s.title} (${s.file})`, sources: [] });

  // A claim that only moved between sections is not new: compare against every claim of the other edition.
  const before = allClaims(previous);
  const after = allClaims(current);
  for (const [text, { claim, section }] of after) if (!before.has(text)) items.push({ kind: 'claim-added', section, text: claim.text, sources: claim.sources });
  for (const [text, { claim, section }] of before) if (!after.has(text)) items.push({ kind: 'claim-removed', section, text: claim.text, sources: [] });
  const prevProgrammes = new Set(previous.defenceProgrammes.map((p) => p.name));
  const nowProgrammes = new Set(current.defenceProgrammes.map((p) => p.name));
  for (const p of current.defenceProgrammes) if (!prevProgrammes.has(p.name)) items.push({ kind: 'programme-added', section: 'Defence programmes', text: p.name, sources: p.sources });
  for (const p of previous.defenceProgrammes) if (!nowProgrammes.has(p.name)) items.push({ kind: 'programme-removed', section: 'Defence programmes', text: p.name, sources: [] });

  const key = (d: Brief['discrepancies'][number]) => `${d.kind}|${d.topic}`;
  const prevD = new Set(previous.discrepancies.map(key));
  const nowD = new Set(current.discrepancies.map(key));
  for (const d of current.discrepancies) if (!prevD.has(key(d))) items.push({ kind: 'discrepancy-opened', section: 'Source discrepancies', text: `${d.topic} (${d.kind})`, sources: [...new Set(d.claims.map((c) => c.source))] });
  for (const d of previous.discrepancies) if (!nowD.has(key(d))) items.push({ kind: 'discrepancy-resolved', section: 'Source discrepancies', text: `${d.topic} (${d.kind})`, sources: [] });

  const fields: [string, (b: Brief) => string | null][] = [
    ['Visitor', (b) => person(b.event.visitor)],
    ['Host', (b) => person(b.event.host)],
    ['Where', (b) => b.event.location],
    ['Start', (b) => b.event.start],
    ['End', (b) => b.event.end],
    ['Kind', (b) => b.event.kind ?? null],
    ['Occasion', (b) => b.event.occasion ?? null],
  ];
  for (const [label, get] of fields) {
    const [a, b] = [get(previous), get(current)];
    if (a !== b) items.push({ kind: 'event-changed', section: 'Event', text: `${label}: ${a ?? '—'} → ${b ?? '—'}`, sources: current.event.sources });
  }
  return { first: false, sinceEdition: previous.edition ?? 1, sinceAsOf: previous.asOf, items };
}

function allClaims(b: Brief): Map<string, { claim: Claim; section: string }> {
  const out = new Map<string, { claim: Claim; section: string }>();
  const add = (claims: Claim[], section: string) => {
    for (const c of claims) {
      const key = c.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (!out.has(key)) out.set(key, { claim: c, section });
    }
  };
  for (const [key, label] of SECTIONS) add(b[key], label);
  for (const p of b.defenceProgrammes) add(p.facts, `Defence programmes: ${p.name}`);
  return out;
}

function person(p: Brief['event']['visitor']): string | null {
  return p ? [p.role, p.name, p.country ? `(${p.country})` : null].filter(Boolean).join(' ') : null;
}
