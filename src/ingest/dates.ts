// The English locale alone: the package's main entry loads every locale chrono has.
import { casual } from 'chrono-node/en';
import { MAY_HOLD_A_DATE } from '../chrono.js';

/** Parses a date printed in a header or alone on a line ("2025-11-28", "Fri Nov 28 2025"). */
export function parseHeaderDate(value: string): string | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\b/.exec(value);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const dmy = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(value);
  if (dmy) {
    const [a, b] = [+dmy[1]!, +dmy[2]!];
    // Day first unless that cannot be a month/day pair: most outlets outside the US print D/M/Y.
    return a > 12 || b <= 12 ? valid(+dmy[3]!, b, a) : valid(+dmy[3]!, a, b);
  }
  // Most short lines (headlines, bylines, captions) hold nothing chrono can read: they are not handed to it.
  if (!MAY_HOLD_A_DATE.test(value) && !NOW.test(value)) return null;
  const found = casual.parse(value, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!found) return null;
  const c = found.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  return valid(c.get('year')!, c.get('month')!, c.get('day')!);
}

/** chrono reads "now" as the reference day: the gate lets it through, as chrono always had it. */
const NOW = /\bnow\b/i;

/** True when the whole line is a date (and perhaps a time), so it is metadata, not text. */
export function isDateLine(line: string): string | null {
  const t = line.trim();
  if (t.length > 48 || /[.!?]$/.test(t) && !/\d\.?$/.test(t)) return null;
  const stripped = t.replace(/^(?:published|updated|posted|last updated|first published)\s*(?:on|at)?\s*:?\s*/i, '');
  const date = parseHeaderDate(stripped);
  if (!date) return null;
  const words = stripped.replace(/[\d:,./-]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  const dateWords = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(?:am|pm|a\.m\.|p\.m\.|ist|utc|gmt|cet|cest|est|edt|pst|pdt|kst|wib|msk|bst|[A-Z]{2,4}|on|at|the|of)$/i;
  return words.every((w) => dateWords.test(w)) ? date : null;
}

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return dt.toISOString().slice(0, 10);
}
