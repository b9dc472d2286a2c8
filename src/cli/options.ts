import { AttacheError } from '../errors.js';

export const FORMATS = ['pdf', 'md', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormats(value: string): Format[] {
  const parts = value.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const bad = parts.filter((p) => !(FORMATS as readonly string[]).includes(p));
  if (!parts.length || bad.length) throw new AttacheError('--format', `expected a comma-separated list of ${FORMATS.join(', ')}; got "${value}"`, 2);
  return FORMATS.filter((f) => parts.includes(f));
}

export function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) throw new AttacheError('--date', `expected a real date as YYYY-MM-DD; got "${value}"`, 2);
  return value;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
