import type Handlebars from 'handlebars';
import type { Claim } from '../model/schema.js';
import { escapeCell, escapeMarkdown, wrap } from './escape.js';
import { furtherLine, type Length } from './selection.js';
import { describeValue, TemplateProblem, type Loc } from './template-errors.js';
import { PRINT } from './template-check.js';
import { cite, excludedNote, humanDate } from './view.js';

type HB = typeof Handlebars;
interface Options {
  loc?: Loc;
}
/** A source as the template sees it (see view() in markdown.ts). */
export interface SourceView {
  n: number;
  outlet: string;
  title: string;
  author?: string | null;
  when: string;
  file: string;
  url?: string | null;
  words: number;
  copyOf: string | null;
  excluded?: string | null;
}

/**
 * The helpers a template may call. Each checks what it is given, so a template that hands `md` a
 * list gets "{{md …}} prints text, but got a list of 3", never "[object Object]" in the brief.
 */
export function templateHelpers(hb: HB, length: Length): Record<string, (...args: unknown[]) => unknown> {
  const safe = (s: string) => new hb.SafeString(s);
  const helpers: Record<string, (...args: never[]) => unknown> = {
    md: (s: unknown) => safe(escapeMarkdown(text('md', s))),
    cell: (s: unknown) => safe(escapeCell(text('cell', s))),
    para: (s: unknown) => safe(wrap(escapeMarkdown(text('para', s)), 100)),
    cite: (sources: unknown) => safe(sources == null ? '' : cite(list('cite', sources).map(String))),
    date: (iso: unknown) => humanDate(text('date', iso) || null),
    item: (c: unknown) => safe(wrap(`- ${escapeMarkdown(claim(c).text)} ${cite(claim(c).sources)}`, 100, '  ')),
    num: (id: unknown) => text('num', id).replace(/^S/, ''),
    source: (s: unknown) => safe(sourceLine(source(s))),
    eq: (a: unknown, b: unknown) => a === b,
    plural: (n: unknown, one: unknown, many: unknown) => (Number(n) === 1 ? text('plural', one) : text('plural', many)),
    further: (more: unknown, what: unknown) => furtherLine(Number(more) || 0, length, typeof what === 'string' ? what : 'statements'),
    [PRINT]: (parent: unknown, key: unknown, original: unknown) => print(parent, String(key), String(original)),
  };
  const wrapped: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, fn] of Object.entries(helpers)) {
    wrapped[name] = (...args: unknown[]) => {
      const options = args[args.length - 1] as Options;
      try {
        return (fn as (...a: unknown[]) => unknown)(...args.slice(0, -1));
      } catch (e) {
        const line = options?.loc?.start.line ?? null;
        if (e instanceof Misuse) throw new TemplateProblem(line, name === PRINT ? e.message : `{{${name} …}} ${e.message}`);
        throw new TemplateProblem(line, `{{${name} …}} could not print what it was given (${e instanceof Error ? e.message : String(e)})`);
      }
    };
  }
  return wrapped;
}

/** A helper given the wrong kind of value. */
class Misuse extends Error {}

function text(_helper: string, v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof (v as { toHTML?: unknown }).toHTML === 'function') return String(v);
  throw new Misuse(`prints text, but got ${describeValue(v)}`);
}

function list(_helper: string, v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  throw new Misuse(`expects a list of source ids, but got ${describeValue(v)}`);
}

function claim(v: unknown): Claim {
  const c = v as Claim | null;
  if (c && typeof c === 'object' && typeof c.text === 'string' && Array.isArray(c.sources)) return c;
  throw new Misuse(`expects a statement (with text and sources), but got ${v == null ? 'nothing' : describeValue(v)}`);
}

function source(v: unknown): SourceView {
  const s = v as SourceView | null;
  if (s && typeof s === 'object' && typeof s.outlet === 'string' && typeof s.n === 'number') return s;
  throw new Misuse(`expects one of sources (with n, outlet, title …), but got ${v == null ? 'nothing' : describeValue(v)}`);
}

function sourceLine(s: SourceView): string {
  return wrap(
    `${s.n}. ${escapeMarkdown(s.outlet)} — ${escapeMarkdown(s.title)}${s.author ? `, by ${escapeMarkdown(s.author)}` : ''} (${s.when}). ${escapeMarkdown(s.file)}` +
      `${s.url ? `, ${escapeMarkdown(s.url)}` : ''}. ${s.words} words.${s.copyOf ? ` Republished copy of ${s.copyOf}.` : ''}` +
      `${s.excluded ? ` ${escapeMarkdown(excludedNote(s.excluded))}` : ''}`,
    100,
    '   ',
  );
}

/**
 * A plain `{{a.b}}`: the value if it is text, a number or a yes/no; nothing if it is empty or not
 * there; a plain-words problem if it is a list or an object.
 */
function print(parent: unknown, key: string, original: string): unknown {
  if (parent == null) return '';
  const own = key === '' || Object.prototype.hasOwnProperty.call(parent, key) || (key === 'length' && (Array.isArray(parent) || typeof parent === 'string'));
  if (!own) return '';
  const v = key === '' ? parent : (parent as Record<string, unknown>)[key];
  if (v == null || typeof v === 'function') return '';
  if (typeof v !== 'object' || typeof (v as { toHTML?: unknown }).toHTML === 'function') return v;
  const how = Array.isArray(v)
    ? `go through it with {{#each ${original}}}…{{/each}}`
    : `print one of its fields, such as {{${original === 'this' ? '' : `${original}.`}${Object.keys(v)[0] ?? 'name'}}}`;
  throw new Misuse(`"${original}" is ${describeValue(v)}, not text: ${how}`);
}
