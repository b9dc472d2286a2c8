import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AttacheError } from '../errors.js';
import { parseProblem } from './template-errors.js';

export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
/** A template mistake is bad input, like a bad option. */
export const TEMPLATE_EXIT = 2;
const MAIN = 'brief.md.hbs';

/** Templates as text, keyed by file name: loaded at the edge so rendering stays pure. */
export interface TemplateSet {
  dir: string;
  main: string;
  partials: Record<string, string>;
  /** Where each template came from, for messages: `brief.md.hbs` and `partials/<name>.hbs` → the path to print. */
  files: Record<string, string>;
}

/**
 * The built-in templates, with `brief.md.hbs` and `partials/*.hbs` from `dir` in their place.
 * A missing or unreadable folder, an unreadable file and a template Handlebars cannot parse are
 * each one line naming the folder or `file:line`.
 */
export function loadTemplates(dir: string | null | undefined): TemplateSet {
  const files: Record<string, string> = {};
  const read = (name: string, base: string): string => {
    const path = join(base, name);
    try {
      const text = readFileSync(path, 'utf8');
      files[name] = path;
      return text;
    } catch (e) {
      throw new AttacheError(path, `cannot read this template (${reason(e)})`, TEMPLATE_EXIT);
    }
  };
  const own = dir ? ownTemplates(dir) : { main: false, partials: [] };
  const main = read(MAIN, own.main ? dir! : DEFAULT_TEMPLATES);
  const partials: Record<string, string> = {};
  for (const n of listPartials(join(DEFAULT_TEMPLATES, 'partials'))) partials[n] = read(`partials/${n}.hbs`, DEFAULT_TEMPLATES);
  for (const n of own.partials) partials[n] = read(`partials/${n}.hbs`, dir!);
  return { dir: dir ?? DEFAULT_TEMPLATES, main, partials, files };
}

/** What an override folder holds; it must exist, be readable and hold at least one template. */
function ownTemplates(dir: string): { main: boolean; partials: string[] } {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new AttacheError(dir, 'the --templates folder is a file; expected a folder holding brief.md.hbs and/or partials/*.hbs', TEMPLATE_EXIT);
    entries = readdirSync(dir);
  } catch (e) {
    if (e instanceof AttacheError) throw e;
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AttacheError(dir, missing ? 'the --templates folder does not exist' : `cannot read the --templates folder (${reason(e)})`, TEMPLATE_EXIT);
  }
  const main = entries.includes(MAIN);
  let partials: string[] = [];
  if (entries.includes('partials')) {
    try {
      partials = listPartials(join(dir, 'partials'), true);
    } catch (e) {
      throw new AttacheError(join(dir, 'partials'), `cannot read this folder (${reason(e)})`, TEMPLATE_EXIT);
    }
  }
  if (!main && !partials.length) {
    throw new AttacheError(dir, `the --templates folder holds neither ${MAIN} nor partials/*.hbs, so it would change nothing`, TEMPLATE_EXIT);
  }
  return { main, partials };
}

function listPartials(folder: string, strict = false): string[] {
  try {
    return readdirSync(folder).filter((n) => n.endsWith('.hbs')).sort().map((n) => n.replace(/\.hbs$/, ''));
  } catch (e) {
    if (strict) throw e;
    return [];
  }
}

/**
 * Checks every template parses, so a typo fails in a moment rather than after the corpus is
 * analysed. Async because Handlebars is loaded only when there is work to do (not on --if-changed's
 * unchanged path).
 */
export async function checkTemplateSyntax(set: TemplateSet): Promise<void> {
  const { default: Handlebars } = await import('handlebars');
  const sources: [string, string][] = [[MAIN, set.main], ...Object.entries(set.partials).map(([n, s]): [string, string] => [`partials/${n}.hbs`, s])];
  for (const [name, source] of sources) {
    try {
      Handlebars.parse(source);
    } catch (e) {
      const p = parseProblem(e, source);
      throw new AttacheError(`${set.files[name] ?? name}${p.line ? `:${p.line}` : ''}`, p.message, TEMPLATE_EXIT);
    }
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'not found';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? (e instanceof Error ? e.message : String(e));
}
