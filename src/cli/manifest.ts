import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFile } from '../model/pipeline.js';
import type { TemplateSet } from '../render/templates.js';
import type { BuildOptions } from './build.js';
import type { Format } from './options.js';

export const MANIFEST = '.attache-manifest.json';

/** What a brief was made from: if none of it changed, the brief would come out the same. */
export interface Manifest {
  manifestVersion: 1;
  tool: string;
  options: Record<string, unknown>;
  templates: string;
  corpus: { path: string; sha256: string; bytes: number }[];
  outputs: string[];
}

export function computeManifest(files: readonly CorpusFile[], options: Record<string, unknown>, templates: TemplateSet, tool: string, outputs: string[]): Manifest {
  const t = createHash('sha256');
  t.update(templates.main);
  for (const [name, text] of Object.entries(templates.partials).sort()) t.update(`\0${name}\0${text}`);
  return {
    manifestVersion: 1,
    tool,
    options,
    templates: t.digest('hex'),
    corpus: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => ({ path: f.path, sha256: createHash('sha256').update(f.bytes).digest('hex'), bytes: f.bytes.length })),
    outputs,
  };
}

export function readManifest(out: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** True when the previous run used the same inputs and its outputs are all still there. */
export function unchanged(previous: Manifest | null, next: Manifest, out: string): boolean {
  if (!previous) return false;
  if (JSON.stringify(previous) !== JSON.stringify(next)) return false;
  return next.outputs.every((o) => existsSync(join(out, o)));
}

export const NAMES: Record<Format, string> = { json: 'brief.json', md: 'brief.md', pdf: 'brief.pdf', html: 'brief.html' };
const TOOL = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The manifest of a build with these options over these files. */
export function manifestFor(files: readonly CorpusFile[], opts: BuildOptions, templates: TemplateSet): Manifest {
  return computeManifest(
    files,
    { formats: opts.formats, asOf: opts.asOf, title: opts.title, paper: opts.paper, length: opts.length ?? 'standard', marking: opts.marking, maxFileBytes: opts.maxFileBytes },
    templates,
    TOOL,
    opts.formats.map((f) => NAMES[f]),
  );
}
