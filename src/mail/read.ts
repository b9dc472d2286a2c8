import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AttacheError } from '../errors.js';
import { Brief } from '../model/schema.js';

export interface BuiltBrief {
  brief: Brief;
  /** brief.md exactly as written by `attache build`. */
  markdown: Buffer;
  /** brief.pdf, or null when it was not asked for. */
  pdf: Buffer | null;
}

/** Reads brief.json (checked against the model), brief.md and, unless told not to, brief.pdf from an output folder. */
export async function readBuiltBrief(out: string, opts: { pdf: boolean }): Promise<BuiltBrief> {
  const jsonPath = join(out, 'brief.json');
  const json = await readOrExplain(jsonPath, 'no brief here; run `attache build` first');
  let data: unknown;
  try {
    data = JSON.parse(json.toString('utf8'));
  } catch (e) {
    throw new AttacheError(jsonPath, `not valid JSON (${oneLine((e as Error).message)}); run \`attache build\` again`);
  }
  const parsed = Brief.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new AttacheError(jsonPath, `not a brief this version can read (${oneLine(`${where}${issue?.message ?? 'invalid'}`)}); run \`attache build\` again`);
  }
  const markdown = await readOrExplain(join(out, 'brief.md'), 'not found; run `attache build` first (with md in --format)');
  const pdf = opts.pdf
    ? await readOrExplain(join(out, 'brief.pdf'), 'not found; run `attache build` with pdf in --format, or mail without it: --no-pdf')
    : null;
  return { brief: parsed.data, markdown, pdf };
}

async function readOrExplain(path: string, missing: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AttacheError(path, missing);
    throw new AttacheError(path, `cannot read: ${oneLine((e as Error).message)}`);
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
