import { format } from 'date-fns';
import type { Brief, Claim } from '../model/schema.js';

/** Caps that keep a long corpus's brief a brief; the JSON keeps everything. */
export const LIMITS = { claims: 12, overview: 5, programmes: 15, facts: 4, timeline: 25, discrepancies: 15, people: 12 };

export interface Capped<T> {
  items: T[];
  more: number;
}

export function cap<T>(items: readonly T[], n: number): Capped<T> {
  return { items: items.slice(0, n), more: Math.max(0, items.length - n) };
}

/** "S3" → "[3]": citations are the numbers of the Sources list. */
export function cite(sources: readonly string[]): string {
  return sources.map((s) => `[${s.slice(1)}]`).join('');
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

export interface KeyFact {
  label: string;
  value: string;
}

export function keyFacts(b: Brief): KeyFact[] {
  const independent = b.sources.filter((s) => !s.duplicateOf);
  const outlets = new Set(independent.map((s) => s.outlet).filter((o) => o !== 'unattributed'));
  const copies = b.sources.length - independent.length;
  const e = b.event;
  return [
    { label: 'Visitor', value: personLine(e.visitor) },
    { label: 'Host', value: personLine(e.host) },
    { label: 'Where', value: e.location ?? '—' },
    { label: 'When', value: humanRange(e.start, e.end) },
    { label: 'Kind', value: [e.kind, e.occasion ? `for the ${e.occasion}` : null].filter(Boolean).join(', ') || '—' },
    {
      label: 'Sources',
      value: `${b.sources.length} article${b.sources.length === 1 ? '' : 's'}, ${independent.length} independent` +
        (outlets.size ? `, ${outlets.size} named outlet${outlets.size === 1 ? '' : 's'}` : '') +
        (copies ? ` (${copies} republished cop${copies === 1 ? 'y' : 'ies'})` : ''),
    },
  ];
}

export function claimText(c: Claim): string {
  return c.hedged ? c.text : c.text;
}
