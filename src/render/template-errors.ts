import { editDistance as distance } from '../edit-distance.js';

/**
 * Template mistakes in plain words, with the line they are on. Handlebars says
 * "Parse error on line 5: … Expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'"
 * or '"titel" not defined in [object Object] - 4:2'; a person needs 'unclosed block "each"' and
 * '"titel" is not in the template context (did you mean "title"?)'.
 */

/** A mistake in one template, at a line of it (null when no line can be named). */
export class TemplateProblem extends Error {
  readonly line: number | null;
  /** The template file it is in, once known (set by whoever runs that template). */
  file: string | null = null;
  constructor(line: number | null, message: string) {
    super(message);
    this.name = 'TemplateProblem';
    this.line = line;
  }
}

/** Where a Handlebars node starts. */
export interface Loc {
  start: { line: number; column: number };
}

/** `did you mean "title"?` for a name close to one of `known`, or ''. */
export function didYouMean(name: string, known: Iterable<string>): string {
  let best: string | null = null;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const k of known) {
    if (k === name) continue;
    // Ties go to the name of the same length (a letter mistyped rather than missing), then the first in order.
    const d = (k.toLowerCase() === lower ? 0.5 : distance(lower, k.toLowerCase())) + Math.abs(k.length - name.length) / 100;
    if (d < bestDistance || (d === bestDistance && best !== null && k < best)) {
      best = k;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(name.length / 3));
  return best !== null && Math.floor(bestDistance) <= allowed ? ` (did you mean "${best}"?)` : '';
}


const TOKENS: Record<string, string> = {
  EOF: 'the end of the file',
  CLOSE: '"}}"',
  CLOSE_UNESCAPED: '"}}}"',
  OPEN_ENDBLOCK: 'a closing "{{/…}}"',
  INVERSE: '"{{else}}"',
  OPEN_INVERSE_CHAIN: '"{{else …}}"',
  ID: 'a name',
  OPEN: '"{{"',
  OPEN_BLOCK: '"{{#"',
  CONTENT: 'text',
};

/** Handlebars' parse error (thrown by `parse`) as a problem at a line. */
export function parseProblem(e: unknown, source: string): TemplateProblem {
  const msg = e instanceof Error ? e.message : String(e);
  const blocks = blockProblem(source);
  if (blocks) return blocks;
  const line = Number(/on line (\d+)/.exec(msg)?.[1] ?? / - (\d+):\d+$/.exec(msg)?.[1]) || null;
  const got = /got '([A-Z_]+)'/.exec(msg)?.[1];
  if (got === 'EOF') {
    const open = unclosedMustache(source);
    if (open) return new TemplateProblem(open, '"{{" is never closed with "}}"');
  }
  if (got === 'INVERSE' || got === 'OPEN_INVERSE_CHAIN') return new TemplateProblem(line, '"{{else}}" outside any {{#if}}, {{#unless}} or {{#each}} block');
  if (got) {
    const expected = [...msg.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!).filter((t) => t !== got && TOKENS[t]);
    const wanted = [...new Set(expected.map((t) => TOKENS[t]!))].slice(0, 3).join(' or ');
    return new TemplateProblem(line, `Handlebars cannot read this line: found ${TOKENS[got] ?? got.toLowerCase()}${wanted ? ` where it expected ${wanted}` : ''}`);
  }
  if (/Lexical error/.test(msg)) return new TemplateProblem(line, 'Handlebars cannot read this line (an unclosed comment "{{!--" or a stray "{{"?)');
  return new TemplateProblem(line, `Handlebars cannot read this template: ${msg.split('\n')[0]}`);
}

/** Blocks opened and closed out of order, found by reading the mustaches in order. */
export function blockProblem(source: string): TemplateProblem | null {
  const stack: { name: string; line: number }[] = [];
  for (const m of mustaches(source)) {
    const block = /^~?\s*([#^/])\s*[>*]?\s*([^\s}~()]+)/.exec(m.body);
    if (!block) continue;
    const [, kind, name] = block;
    if (kind === '#' || kind === '^') stack.push({ name: name!, line: m.line });
    else {
      const open = stack.pop();
      if (!open) return new TemplateProblem(m.line, `"{{/${name}}}" closes a block that was never opened`);
      if (open.name !== name) return new TemplateProblem(m.line, `"{{/${name}}}" closes the block "${open.name}" opened on line ${open.line}; close it with "{{/${open.name}}}" first`);
    }
  }
  const open = stack.pop();
  return open ? new TemplateProblem(open.line, `unclosed block "${open.name}" (no "{{/${open.name}}}" before the end of the file)`) : null;
}

/** Each `{{…}}` with its line, comments skipped. */
function* mustaches(source: string): Generator<{ body: string; line: number }> {
  const re = /\{\{(!--[\s\S]*?--\}\}|![\s\S]*?\}\}|[\s\S]*?\}\})/g;
  for (const m of source.matchAll(re)) {
    if (m[1]!.startsWith('!')) continue;
    yield { body: m[1]!.slice(0, -2), line: lineAt(source, m.index!) };
  }
}

function unclosedMustache(source: string): number | null {
  const at = source.lastIndexOf('{{');
  if (at < 0 || source.indexOf('}}', at) >= 0) return null;
  return lineAt(source, at);
}

export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** A short, safe picture of a value a template tried to print: never "[object Object]". */
export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).slice(0, 4);
    return keys.length ? `an object (with ${keys.join(', ')}${Object.keys(v).length > 4 ? ', …' : ''})` : 'an empty object';
  }
  return typeof v;
}
