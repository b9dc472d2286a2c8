import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run.js';

/**
 * The source modules a traced run loaded: the CLI is an esbuild bundle, so each loaded file of it
 * stands for the sources esbuild put in it (dist/bundle/meta.json); other files are their URLs.
 */
export function bundledSources(trace: string): string[] {
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/bundle/meta.json'), 'utf8')) as Record<string, { inputs: Record<string, unknown> }>;
  return trace
    .split('\n')
    .filter(Boolean)
    .flatMap((url) => {
      const file = Object.keys(meta).find((f) => url.endsWith(`/${f}`));
      return file ? Object.keys(meta[file]!.inputs) : [url];
    });
}
