import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AttacheError } from '../errors.js';

export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Templates as text, keyed by file name: loaded at the edge so rendering stays pure. */
export interface TemplateSet {
  dir: string;
  main: string;
  partials: Record<string, string>;
}

export function loadTemplates(dir: string | null): TemplateSet {
  const base = dir ?? DEFAULT_TEMPLATES;
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  };
  const main = read(join(base, 'brief.md.hbs')) ?? (dir ? read(join(DEFAULT_TEMPLATES, 'brief.md.hbs')) : null);
  if (main === null) throw new AttacheError(join(base, 'brief.md.hbs'), 'template not found');
  const partials: Record<string, string> = {};
  for (const folder of dir ? [join(DEFAULT_TEMPLATES, 'partials'), join(base, 'partials')] : [join(DEFAULT_TEMPLATES, 'partials')]) {
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((n) => n.endsWith('.hbs')).sort();
    } catch {
      continue;
    }
    for (const n of names) partials[n.replace(/\.hbs$/, '')] = readFileSync(join(folder, n), 'utf8');
  }
  return { dir: base, main, partials };
}
