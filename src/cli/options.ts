import { LENGTHS } from '../render/length.js';
import { isTimeZone } from './zone.js';

/** Every format a build can write; adding one is a line here (and its renderer). */
export const FORMATS = ['pdf', 'md', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];
export { LENGTHS };

/**
 * How one option's value is read and checked, whichever layer it came from: text from the command
 * line or the environment, JSON values from a configuration file. A bad value throws BadValue;
 * the caller names where it came from (`--keep`, `ATTACHE_KEEP`, `attache.config.json: "keep"`).
 */
export interface Field<T> {
  parse(value: unknown): T;
  /** May be left unset (the value is then undefined); otherwise a default or the user must give it. */
  optional?: boolean;
}

export class BadValue extends Error {
  /** For a rule across options (in a command's `finish`): the option to name. */
  readonly key: string | null;
  constructor(message: string, key: string | null = null) {
    super(message);
    this.key = key;
  }
}

const fail = (message: string): never => {
  throw new BadValue(message);
};

export function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

export function optional<T>(field: Field<T>): Field<T | undefined> {
  return { parse: field.parse, optional: true };
}

/** Text that may be empty: "" means none (so a flag can clear what a configuration file set). */
export const text: Field<string | undefined> = {
  optional: true,
  parse: (v) => (typeof v === 'string' ? v || undefined : fail(`expected text; got ${show(v)}`)),
};

export function path(what: string): Field<string> {
  return { parse: (v) => (typeof v === 'string' && v.trim() ? v : fail(`expected ${what}; got ${show(v)}`)) };
}

/** A path that may be left unset; "" means none, so a flag can turn off what a configuration file set. */
export function optionalPath(what: string): Field<string | undefined> {
  return { optional: true, parse: (v) => (typeof v === 'string' ? (v.trim() ? v : undefined) : fail(`expected ${what}; got ${show(v)}`)) };
}

/** One of a fixed list, in any case: `--paper Letter`, `--length FULL`. */
export function choice<const T extends string>(list: readonly T[]): Field<T> {
  return {
    parse: (v) => {
      const s = typeof v === 'string' ? v.trim().toLowerCase() : null;
      return s !== null && (list as readonly string[]).includes(s) ? (s as T) : fail(`expected one of ${list.join(', ')}; got ${show(v)}`);
    },
  };
}

/** A comma-separated list (or a JSON array) of formats, in any case, kept in FORMATS order. */
export const formats: Field<Format[]> = {
  parse: (v) => {
    const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : null;
    const parts = items?.map((p) => (typeof p === 'string' ? p.trim().toLowerCase() : '\0')).filter(Boolean) ?? [];
    const known = FORMATS as readonly string[];
    if (!parts.length || parts.some((p) => !known.includes(p))) fail(`expected a comma-separated list of ${FORMATS.join(', ')}; got ${show(v)}`);
    return FORMATS.filter((f) => parts.includes(f));
  },
};

function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(v)) return Number(v);
  return null;
}

/** "0 or more", "from 1 to 32", "greater than 0": the range a number must fall in, as messages say it. */
function range(min: number, max: number | undefined, above: boolean): string {
  if (above) return max === undefined ? `greater than ${min}` : `greater than ${min} and at most ${max}`;
  return max === undefined ? `${min} or more` : `from ${min} to ${max}`;
}

/** A whole number, `min` or more (and `max` at most, if given), of `what` ("editions", "runs"). */
export function wholeNumber(what: string, min: number, max?: number): Field<number> {
  return {
    parse: (v) => {
      const n = numberOf(v);
      const ok = n !== null && Number.isInteger(n) && n >= min && (max === undefined || n <= max);
      return ok ? n : fail(`expected a whole number of ${what}, ${range(min, max, false)}; got ${show(v)}`);
    },
  };
}

/** A number greater than 0 (and `max` at most, if given), in `unit`. */
export function positiveNumber(unit: string, max?: number): Field<number> {
  return {
    parse: (v) => {
      const n = numberOf(v);
      const ok = n !== null && Number.isFinite(n) && n > 0 && (max === undefined || n <= max);
      return ok ? n : fail(`expected a number of ${unit} ${range(0, max, true)}; got ${show(v)}`);
    },
  };
}

/** A number, 0 or more (and `max` at most, if given), in `unit`: a delay that may be none. */
export function nonNegativeNumber(unit: string, max?: number): Field<number> {
  return {
    parse: (v) => {
      const n = numberOf(v);
      const ok = n !== null && Number.isFinite(n) && n >= 0 && (max === undefined || n <= max);
      return ok ? n : fail(`expected a number of ${unit}, ${range(0, max, false)}; got ${show(v)}`);
    },
  };
}

/** On or off: a JSON boolean, or true/false, yes/no, on/off, 1/0 from the environment. */
export const flag: Field<boolean> = {
  parse: (v) => {
    if (typeof v === 'boolean') return v;
    const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
    if (['true', 'yes', 'on', '1'].includes(s)) return true;
    if (['false', 'no', 'off', '0'].includes(s)) return false;
    return fail(`expected true or false; got ${show(v)}`);
  },
};

/** A real calendar date written YYYY-MM-DD. */
export const isoDate: Field<string> = {
  parse: (v) => {
    const s = typeof v === 'string' ? v.trim() : '';
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
    return d && d.toISOString().slice(0, 10) === s ? s : fail(`expected a real date as YYYY-MM-DD; got ${show(v)}`);
  },
};

/** An IANA time zone such as Europe/Paris or UTC. */
export const timeZone: Field<string> = {
  parse: (v) => (typeof v === 'string' && v.trim() && isTimeZone(v.trim()) ? v.trim() : fail(`expected a time zone such as Europe/Paris, America/New_York or UTC; got ${show(v)}`)),
};

/** A secret: never repeated in a message. */
export const secret: Field<string | undefined> = {
  optional: true,
  parse: (v) => (typeof v === 'string' ? v || undefined : fail('expected text')),
};

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
