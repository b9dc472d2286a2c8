import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { Brief } from '../model/schema.js';
import { namesDefinedIn, namesUsedIn } from './template-check.js';
import { DEFAULT_TEMPLATES } from './templates.js';

/**
 * Every name a template may read: the fields of the brief model (from its schema, so an optional
 * field absent from this brief still counts), the fields of the view the renderer builds, every
 * name the built-in templates read, and the parameters the templates define themselves.
 */
export function contextNames(context: unknown, asts: readonly hbs.AST.Program[]): Set<string> {
  const names = new Set(staticNames());
  dataKeys(context, names, new Set());
  for (const ast of asts) for (const n of namesDefinedIn(ast)) names.add(n);
  return names;
}

let cached: string[] | null = null;
function staticNames(): string[] {
  if (cached) return cached;
  const names = new Set<string>();
  schemaKeys(Brief, names, new Set());
  const files = ['brief.md.hbs', ...listHbs(join(DEFAULT_TEMPLATES, 'partials')).map((n) => `partials/${n}`)];
  for (const f of files) {
    try {
      for (const n of namesUsedIn(Handlebars.parse(readFileSync(join(DEFAULT_TEMPLATES, f), 'utf8')))) names.add(n);
    } catch {
      // The built-in templates are tested to parse; a broken install still renders what it can name.
    }
  }
  cached = [...names];
  return cached;
}

function listHbs(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.hbs'));
  } catch {
    return [];
  }
}

/** Field names anywhere in a zod schema. */
function schemaKeys(schema: z.ZodType, out: Set<string>, seen: Set<unknown>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') {
    for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      out.add(k);
      schemaKeys(v, out, seen);
    }
  }
  for (const inner of [def.element, def.innerType, def.in, def.out, def.left, def.right, def.valueType]) if (inner) schemaKeys(inner as z.ZodType, out, seen);
  for (const option of (def.options as z.ZodType[] | undefined) ?? []) schemaKeys(option, out, seen);
}

/** Own keys of every object in the view, however deep. */
function dataKeys(v: unknown, out: Set<string>, seen: Set<unknown>): void {
  if (!v || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (Array.isArray(v)) {
    for (const x of v) dataKeys(x, out, seen);
    return;
  }
  for (const [k, x] of Object.entries(v)) {
    out.add(k);
    dataKeys(x, out, seen);
  }
}
