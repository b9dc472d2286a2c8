import { isAbsolute, resolve } from 'node:path';
import { AttacheError } from '../errors.js';
import { CONFIG_FILE, configDir, loadConfig, valueAt } from './config.js';
import { EXIT } from './exit-codes.js';
import type { CommandSpec, OptionSpecs, Problem } from './spec.js';

export interface Layers {
  /** What the command line gave (yargs or parseArgs); only the options of the command are read. */
  flags: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Every key a configuration file may hold, for every command. */
  configKeys: readonly string[];
}

/** The raw value of each option that some layer set, and where it came from. */
export interface Layered {
  raw: Record<string, unknown>;
  origin: Map<string, { label: string; rank: number }>;
}

const RANK = { default: 0, file: 1, env: 2, flag: 3 } as const;

/**
 * Command-line flags over environment variables over the configuration file over the defaults,
 * option by option, each value labelled with where it came from (`--length`, `ATTACHE_LENGTH`,
 * `attache.config.json: "length"`) for the one line that reports a bad one.
 */
export function layerOptions(command: CommandSpec<OptionSpecs, unknown>, layers: Layers): Layered {
  const env = layers.env ?? process.env;
  const cwd = layers.cwd ?? process.cwd();
  const raw: Record<string, unknown> = {};
  const origin = new Map<string, { label: string; rank: number }>();
  const set = (name: string, value: unknown, label: string, rank: number) => {
    raw[name] = value;
    origin.set(name, { label, rank });
  };
  const specs = Object.entries(command.options);

  for (const [name, spec] of specs) if (spec.default !== undefined) set(name, spec.default, 'default', RANK.default);

  const explicit = layers.flags.config !== undefined ? { value: String(lastOf(layers.flags.config)), origin: '--config' }
    : env.ATTACHE_CONFIG ? { value: env.ATTACHE_CONFIG, origin: 'ATTACHE_CONFIG' } : null;
  const config = loadConfig(explicit, cwd, layers.configKeys);
  if (config) {
    const dir = configDir(config);
    for (const [name, spec] of specs) {
      if (!spec.config) continue;
      let v = valueAt(config.data, spec.config);
      if (v === undefined) continue;
      // A path in the file means the same folder from wherever attache runs.
      if (spec.path && typeof v === 'string' && v && !isAbsolute(v) && resolve(dir) !== resolve(cwd)) v = resolve(dir, v);
      set(name, v, `${config.label}: "${config.keyPrefix}${spec.config}"`, RANK.file);
    }
  }

  // An empty variable counts as unset, as shells and service managers leave them.
  for (const [name, spec] of specs) if (spec.env && env[spec.env]) set(name, env[spec.env], spec.env, RANK.env);

  for (const [name, spec] of specs) {
    const v = layers.flags[name];
    if (spec.flag === false || v === undefined) continue;
    set(name, Array.isArray(v) && !spec.repeatable ? v[v.length - 1] : v, spec.positional ? name : `--${name}`, RANK.flag);
  }

  for (const group of command.exclusive ?? []) {
    const given = group.filter((n) => (origin.get(n)?.rank ?? 0) > RANK.default);
    const top = Math.max(...given.map((n) => origin.get(n)!.rank));
    for (const n of given) if (origin.get(n)!.rank < top) {
      delete raw[n];
      origin.delete(n);
    }
  }
  return { raw, origin };
}

/** The one line for a refused value, naming where it came from (exit 2). */
export function problemError(command: CommandSpec<OptionSpecs, unknown>, layered: Layered, problem: Problem): AttacheError {
  const key = problem.key;
  if (key === null) return new AttacheError(null, problem.message, EXIT.usage);
  const spec = command.options[key];
  if (problem.required && spec) {
    const ways = [`give --${key}`, spec.env && `set ${spec.env}`, spec.config && `put "${spec.config}" in ${CONFIG_FILE}`].filter(Boolean);
    return new AttacheError(`--${key}`, `required: ${ways.join(', or ')}`, EXIT.usage);
  }
  return new AttacheError(layered.origin.get(key)?.label ?? `--${key}`, problem.message, EXIT.usage);
}

function lastOf(v: unknown): unknown {
  return Array.isArray(v) ? v[v.length - 1] : v;
}
