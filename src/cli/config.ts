import { existsSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { lilconfigSync, type LilconfigResult } from 'lilconfig';
import { AttacheError } from '../errors.js';
import { EXIT } from './exit-codes.js';
import { show } from './options.js';
import { closest } from './suggest.js';

export const CONFIG_FILE = 'attache.config.json';
/** The key that holds the options in a package.json. */
export const PACKAGE_KEY = 'attache';

/** A configuration file that was found and read. */
export interface LoadedConfig {
  file: string;
  /** The file as messages name it: relative to the working folder when it lies inside it. */
  label: string;
  /** The options, already checked to be an object of known keys. */
  data: Record<string, unknown>;
  /** `attache.` in a package.json, where the options sit under that key. */
  keyPrefix: string;
}

/**
 * The configuration: `explicit` (from --config or ATTACHE_CONFIG) if given, otherwise the nearest
 * attache.config.json, or package.json with an "attache" key, from `cwd` upward. Its keys are
 * checked against `known` (dotted, e.g. "mail.to"); values are checked later by each command's
 * schema, so a build is not refused for a bad mail setting.
 */
export function loadConfig(explicit: { value: string; origin: string } | null, cwd: string, known: readonly string[]): LoadedConfig | null {
  const labelOf = (file: string) => {
    const rel = relative(cwd, file);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  };
  const json = (file: string, content: string): unknown => {
    try {
      return JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (e) {
      // Someone else's broken package.json up the tree is not our configuration.
      if (!explicit && basename(file) === 'package.json') return {};
      throw new AttacheError(labelOf(file), `not valid JSON: ${(e as Error).message}`, EXIT.usage);
    }
  };
  const searcher = lilconfigSync(PACKAGE_KEY, {
    searchPlaces: [CONFIG_FILE, 'package.json'],
    packageProp: PACKAGE_KEY,
    cache: false,
    loaders: { '.json': json, noExt: json },
  });
  let found: LilconfigResult;
  if (explicit) {
    const file = resolve(cwd, explicit.value);
    if (!existsSync(file)) throw new AttacheError(explicit.origin, `configuration file not found: ${explicit.value}`, EXIT.usage);
    if (!['.json', ''].includes(extname(file))) throw new AttacheError(explicit.origin, `expected a .json file; got "${explicit.value}"`, EXIT.usage);
    try {
      found = searcher.load(file);
    } catch (e) {
      if (e instanceof AttacheError) throw e;
      throw new AttacheError(labelOf(file), `cannot read: ${(e as Error).message}`, EXIT.usage);
    }
    if (basename(file) === 'package.json' && (found?.config === null || found?.config === undefined)) {
      throw new AttacheError(labelOf(file), `no "${PACKAGE_KEY}" key with options`, EXIT.usage);
    }
  } else {
    found = searcher.search(cwd);
  }
  if (!found) return null;
  const label = labelOf(found.filepath);
  const keyPrefix = basename(found.filepath) === 'package.json' ? `${PACKAGE_KEY}.` : '';
  const data = found.isEmpty ? {} : found.config;
  checkKeys(data, known, label, keyPrefix);
  return { file: found.filepath, label, data: data as Record<string, unknown>, keyPrefix };
}

/** The folder relative paths in the file are read from. */
export function configDir(config: LoadedConfig): string {
  return dirname(config.file);
}

/** The value at a dotted key, or undefined. */
export function valueAt(data: Record<string, unknown>, key: string): unknown {
  let v: unknown = data;
  for (const part of key.split('.')) v = isObject(v) ? v[part] : undefined;
  return v;
}

function checkKeys(data: unknown, known: readonly string[], label: string, prefix: string, at = ''): void {
  if (!isObject(data)) {
    const where = prefix || at ? `"${prefix}${at.replace(/\.$/, '')}": ` : '';
    throw new AttacheError(label, `${where}expected an object of options such as { "out": "briefs" }; got ${show(data)}`, EXIT.usage);
  }
  for (const [key, value] of Object.entries(data)) {
    const full = `${at}${key}`;
    if (known.includes(full)) continue;
    const group = known.some((k) => k.startsWith(`${full}.`));
    if (group) {
      checkKeys(value, known, label, prefix, `${full}.`);
      continue;
    }
    const here = known.filter((k) => k.startsWith(at)).map((k) => k.slice(at.length).split('.')[0]!);
    const near = closest(key, [...new Set(here)]);
    const hint = near ? `did you mean "${prefix}${at}${near}"?` : `known keys: ${[...new Set(here)].join(', ')}`;
    throw new AttacheError(label, `"${prefix}${full}": unknown key; ${hint}`, EXIT.usage);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
