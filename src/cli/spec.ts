import type { ParseArgsConfig } from 'node:util';
import type { Argv } from 'yargs';
import { BadValue, type Field } from './options.js';

/**
 * One option of a command, as data: the command line (yargs, or Node's parseArgs on the fast
 * path), the environment, the configuration file and the one zod schema of the command are all
 * made from this table, so an option is added in one place.
 */
export interface OptionSpec<T = unknown> {
  field: Field<T>;
  describe: string;
  /** How the command line reads it: values stay text and are checked by `field`; false: not a flag (secrets). */
  flag: 'string' | 'boolean' | false;
  /** The value when no layer sets it; also shown by --help. */
  default?: string | number | boolean;
  /** What --help says the default is, when it is not a plain value. */
  defaultDescription?: string;
  alias?: string;
  /** ATTACHE_… variable that sets it. */
  env?: string;
  /** Dotted key in the configuration file (`"mail.to"`); absent: not configurable. */
  config?: string;
  /** A path: relative paths in a configuration file are read from that file's folder. */
  path?: boolean;
  /** A positional argument of the command (`build [corpus]`). */
  positional?: boolean;
  /** Repeating it adds values (`--to a --to b`); otherwise the last one counts. */
  repeatable?: boolean;
  /** Every command takes it: declared once, on the top level of the command line. */
  global?: boolean;
}

export type OptionSpecs = Record<string, OptionSpec<any>>;
export type Values<S extends OptionSpecs> = { [K in keyof S]: S[K] extends OptionSpec<infer T> ? T : never };

/** Keeps the literal keys and value types of a table of options. */
export function defineOptions<S extends OptionSpecs>(specs: S): S {
  return specs;
}

/**
 * A command: its table of options, and what turns checked values into the options it runs with.
 * `finish` may throw BadValue (with `key` naming the option at fault) for rules across options.
 */
export interface CommandSpec<S extends OptionSpecs = OptionSpecs, T = unknown> {
  name: string;
  options: S;
  finish(values: Values<S>): T;
  /** Options of which only one may be given; one set on a higher layer replaces one set lower. */
  exclusive?: readonly (readonly string[])[];
  /** What to do when the command's arguments (not options) are missing: "give the feed's http(s) address". */
  missing?: string;
}

/** Why one option's value is refused. */
export interface Problem {
  key: string | null;
  message: string;
  /** Nothing set it and it has no default. */
  required?: boolean;
}

/**
 * One option's checked value, or its problem: the rule each key of a command's zod schema applies
 * (schema.ts), and the one the unchanged fast path applies without loading zod.
 */
export function checkField(spec: OptionSpec, key: string, value: unknown): { value: unknown } | { problem: Problem } {
  if (value === undefined) return spec.field.optional ? { value: undefined } : { problem: { key, message: 'required', required: true } };
  try {
    return { value: spec.field.parse(value) };
  } catch (e) {
    if (e instanceof BadValue) return { problem: { key, message: e.message } };
    throw e;
  }
}

/**
 * All options of a command checked and finished without zod: what the unchanged fast path runs
 * (zod's load time is a third of that path). resolve.ts's schema applies the same checkField and
 * finish; test/cli/spec.test.ts holds the two to the same answers.
 */
export function checkOptions<T>(command: CommandSpec<OptionSpecs, T>, raw: Record<string, unknown>): { value: T } | { problem: Problem } {
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(command.options)) {
    const r = checkField(spec, key, raw[key]);
    if ('problem' in r) return r;
    values[key] = r.value;
  }
  try {
    return { value: command.finish(values as Values<OptionSpecs>) };
  } catch (e) {
    if (e instanceof BadValue) return { problem: { key: e.key, message: e.message } };
    throw e;
  }
}

/** Declares the options on a yargs command, with no defaults: an unset flag must let env and file through. */
export function withOptions<T>(y: Argv<T>, specs: OptionSpecs): Argv<T> {
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.flag === false || spec.global) continue;
    const common = { describe: describe(spec), defaultDescription: defaultDescription(spec) };
    if (spec.positional) y = y.positional(name, { type: 'string', ...common });
    else y = y.option(name, { type: spec.flag, ...(spec.alias ? { alias: spec.alias } : {}), ...common });
  }
  return y;
}

export function describe(spec: OptionSpec): string {
  return spec.env ? `${spec.describe} [env ${spec.env}]` : spec.describe;
}

export function defaultDescription(spec: OptionSpec): string | undefined {
  if (spec.defaultDescription) return spec.defaultDescription;
  return spec.default === undefined ? undefined : String(spec.default);
}

/** The same options for Node's own argument parser (the fast path, which does not load yargs). */
export function parseArgsOptions(specs: OptionSpecs): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.flag === false || spec.positional) continue;
    options[name] = { type: spec.flag, ...(spec.alias ? { short: spec.alias } : {}), ...(spec.repeatable ? { multiple: true } : {}) };
  }
  return options;
}

/** The ATTACHE_… variables these options read. */
export function envVarsOf(...tables: OptionSpecs[]): string[] {
  return [...new Set(tables.flatMap((t) => Object.values(t).flatMap((o) => (o.env ? [o.env] : []))))];
}
