import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AttacheError } from '../errors.js';
import { Brief, IsoDay } from '../model/schema.js';

export interface BuiltBrief {
  /** The model; null when the build wrote no brief.json (the mail's body is then brief.md, or a note). */
  brief: Brief | null;
  /** brief.json's title, else brief.md's or brief.html's heading, else a plain name. */
  title: string;
  /** The as-of day, from brief.json or else the build's manifest; null when neither says. */
  asOf: string | null;
  /** The marking the build printed (brief.json, else the manifest); null when there is none. */
  marking: string | null;
  /** Each file exactly as `attache build` wrote it, or null when it did not. */
  json: Buffer | null;
  markdown: Buffer | null;
  html: Buffer | null;
  /** Also null when told to leave the PDF out. */
  pdf: Buffer | null;
}

/** Written by every build beside the brief; read only for the as-of day and marking when brief.json is absent. */
const MANIFEST = '.attache-manifest.json';

/**
 * Reads whatever formats the build wrote. brief.json, when there, must be a brief this version
 * reads; any one of brief.json, brief.md, brief.html and brief.pdf is enough to mail.
 */
export async function readBuiltBrief(out: string, opts: { pdf: boolean }): Promise<BuiltBrief> {
  const jsonPath = join(out, 'brief.json');
  const json = await readIfThere(jsonPath);
  const raw = json ? parseJson(jsonPath, json) : null;
  const brief = raw === null ? null : checked(jsonPath, raw);
  const markdown = await readIfThere(join(out, 'brief.md'));
  const html = await readIfThere(join(out, 'brief.html'));
  const pdfPath = join(out, 'brief.pdf');
  const pdf = opts.pdf ? await readIfThere(pdfPath) : null;
  if (!json && !markdown && !html && !pdf) {
    if (!opts.pdf && (await readIfThere(pdfPath))) throw new AttacheError(pdfPath, 'the only brief here is the PDF; mail it without --no-pdf');
    throw new AttacheError(jsonPath, 'no brief here; run `attache build` first');
  }
  const manifest = await readManifest(join(out, MANIFEST));
  const title = brief?.title ?? headingOf(markdown, html) ?? manifest.title ?? 'Attaché brief';
  const marking = raw && typeof raw === 'object' && 'marking' in raw ? markingOf((raw as { marking: unknown }).marking) : manifest.marking;
  return { brief, title, asOf: brief?.asOf ?? manifest.asOf, marking, json, markdown, html, pdf };
}

function parseJson(path: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new AttacheError(path, `not valid JSON (${oneLine((e as Error).message)}); run \`attache build\` again`);
  }
}

function checked(path: string, data: unknown): Brief {
  const parsed = Brief.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new AttacheError(path, `not a brief this version can read (${oneLine(`${where}${issue?.message ?? 'invalid'}`)}); run \`attache build\` again`);
}

/** The build's options, leniently: a manifest that is missing or odd only costs the date and marking. */
async function readManifest(path: string): Promise<{ asOf: string | null; marking: string | null; title: string | null }> {
  const none = { asOf: null, marking: null, title: null };
  const bytes = await readIfThere(path).catch(() => null);
  if (!bytes) return none;
  try {
    const options = (JSON.parse(bytes.toString('utf8')) as { options?: Record<string, unknown> }).options ?? {};
    const asOf = IsoDay.safeParse(options.asOf);
    return { asOf: asOf.success ? asOf.data : null, marking: markingOf(options.marking), title: typeof options.title === 'string' && options.title.trim() ? options.title : null };
  } catch {
    return none;
  }
}

function markingOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The first "# Title" of the Markdown (its escapes undone), else the <title> of the page. */
function headingOf(markdown: Buffer | null, html: Buffer | null): string | null {
  const md = markdown && /^#[ \t]+(.+?)[ \t#]*$/m.exec(markdown.toString('utf8'))?.[1]?.replace(/\\(.)/g, '$1');
  if (md?.trim()) return md.trim();
  const page = html && /<title>([^<]*)<\/title>/i.exec(html.toString('utf8'))?.[1];
  const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  const text = page?.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!).trim();
  return text || null;
}

async function readIfThere(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new AttacheError(path, `cannot read: ${oneLine((e as Error).message)}`);
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
