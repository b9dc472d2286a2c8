import { isAbsolute, resolve } from 'node:path';
import type { z } from 'zod';
import { AttacheError } from '../errors.js';
import { CONFIG_FILE, configDir, loadConfig, valueAt } from './config.js';
import { EXIT } from './exit-codes.js';
import type { OptionSpecs } from './spec.js';

/** A command's options and the one schema that checks them. */
export interface CommandSpec<S extends OptionSpecs = OptionSpecs, T = unknown> {
  name: string;
  options: S;
  schema: z.ZodType<T>;
  /** Options of which only one may be given; one set on a higher layer replaces one set lower. */
  exclusive?: readonly (readonly string[])[];
}

export interface Layers {
  /** What the command line gave (yargs or parseArgs); only the options of the command are read. */
  flags: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Every key a configuration file may hold, for every command. */
  configKeys: readonly string[];
}

const RANK = { default: 0, file: 1, env: 2, flag: 3 } as const;

/**
 * The options of one run: command-line flags over environment variables over the configuration
 * file over the defaults, checked by the command's schema. A bad value is one line naming where it
 * came from: `--length`, `ATTACHE_LENGTH` or `attache.config.json: "length"`.
 */
export function resolveOptions<T>(command: CommandSpec<OptionSpecs, T>, layers: Layers): T {
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

  const parsed = command.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = issue.path[0];
  if (typeof key !== 'string') throw new AttacheError(null, issue.message, EXIT.usage);
  const spec = command.options[key];
  if ((issue as { params?: { required?: boolean } }).params?.required && spec) {
    const ways = [`give --${key}`, spec.env && `set ${spec.env}`, spec.config && `put "${spec.config}" in ${CONFIG_FILE}`].filter(Boolean);
    throw new AttacheError(`--${key}`, `required: ${ways.join(', or ')}`, EXIT.usage);
  }
  throw new AttacheError(origin.get(key)?.label ?? `--${key}`, issue.message, EXIT.usage);
}

function lastOf(v: unknown): unknown {
  return Array.isArray(v) ? v[v.length - 1] : v;
}
