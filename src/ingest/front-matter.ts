import { parseDocument, type YAMLError } from 'yaml';
import { parseHeaderDate } from './dates.js';
import type { Headers } from './headers.js';
import type { Line } from './lines.js';

/**
 * YAML front matter at the top of a .md or .txt article:
 *
 *   ---
 *   title: …
 *   outlet: …
 *   url: https://…
 *   published: 2025-12-04
 *   author: …
 *   fetched: 2025-12-05T08:00:00Z
 *   ---
 *
 * It is metadata, never article text. Front matter that is not valid YAML is read line by line
 * (`key: value`) with a warning naming its line, so an unquoted colon in a title costs nothing.
 */
export interface FrontMatter {
  headers: Headers;
  /** The lines after the front matter (all lines when there is none). */
  body: Line[];
  /** "line 3: …", for warnings on the file. */
  problems: string[];
}

const FENCE = /^---\s*$/;
const END = /^(?:---|\.\.\.)\s*$/;
const KEY_LINE = /^\s*([A-Za-z_][\w-]*)\s*:(?:\s+(.*?))?\s*$/;
/** Front matter longer than this is not front matter: a stray rule above a long text. */
const MAX_LINES = 60;

const KEYS: Record<string, keyof Headers | 'ignore'> = {
  title: 'title',
  headline: 'title',
  outlet: 'outlet',
  publisher: 'outlet',
  publication: 'outlet',
  site: 'outlet',
  site_name: 'outlet',
  url: 'url',
  link: 'url',
  canonical_url: 'url',
  source: 'url',
  published: 'published',
  date: 'published',
  author: 'author',
  authors: 'author',
  by: 'author',
  byline: 'author',
  fetched: 'ignore',
};

export function readFrontMatter(lines: Line[]): FrontMatter {
  const headers: Headers = { published: null, url: null, title: null, outlet: null, author: null };
  let open = 0;
  while (open < lines.length && !lines[open]!.text.trim()) open++;
  const none = { headers, body: lines, problems: [] };
  if (open >= lines.length || !FENCE.test(lines[open]!.text.replace(/^\uFEFF/, ''))) return none;
  const inner: Line[] = [];
  let close = -1;
  for (let i = open + 1; i < lines.length && i <= open + MAX_LINES; i++) {
    if (END.test(lines[i]!.text)) {
      close = i;
      break;
    }
    inner.push(lines[i]!);
  }
  // A rule above ordinary text is not front matter: the block must start with `key:`.
  const first = inner.find((l) => l.text.trim() && !l.text.trim().startsWith('#'));
  if (!first || !KEY_LINE.test(first.text)) return none;
  const problems: string[] = [];
  if (close < 0) {
    // Unclosed: read the `key: value` lines at the top; the article starts at the first other line.
    let end = open + 1;
    while (end < lines.length && (KEY_LINE.test(lines[end]!.text) || !lines[end]!.text.trim())) end++;
    problems.push(`line ${open + 1}: the front matter is never closed with "---"; read its key: value lines up to line ${end}`);
    lineByLine(lines.slice(open + 1, end), headers, problems, open + 2);
    return { headers, body: lines.slice(end), problems };
  }
  const text = inner.map((l) => l.text.replace(/\r$/, '')).join('\n');
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const lineOf = (e: YAMLError) => open + 2 + (text.slice(0, e.pos[0]).match(/\n/g)?.length ?? 0);
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    problems.push(`line ${lineOf(e)}: the front matter is not valid YAML (${plainYamlError(e)}); read its key: value lines one by one`);
    lineByLine(inner, headers, problems, open + 2);
  } else {
    const data: unknown = doc.toJS();
    if (!data || typeof data !== 'object' || Array.isArray(data)) problems.push(`line ${open + 2}: the front matter is not a list of key: value lines; left out`);
    else for (const [key, value] of Object.entries(data)) take(key, value, headers, problems, open + 2 + keyLine(inner, key));
  }
  return { headers, body: lines.slice(close + 1), problems };
}

/** Where `key:` stands in the block (0-based), for a warning about its value. */
function keyLine(inner: Line[], key: string): number {
  const i = inner.findIndex((l) => KEY_LINE.exec(l.text)?.[1] === key);
  return Math.max(0, i);
}

function lineByLine(block: Line[], headers: Headers, problems: string[], firstLine: number): void {
  block.forEach((l, i) => {
    const m = KEY_LINE.exec(l.text);
    if (m && m[2]) take(m[1]!, m[2].replace(/^(["'])(.*)\1$/, '$2'), headers, problems, firstLine + i);
  });
}

function take(key: string, value: unknown, headers: Headers, problems: string[], line: number): void {
  const field = KEYS[key.toLowerCase()];
  if (!field || field === 'ignore' || value == null || value === '') return;
  const text = asText(value);
  if (text === null) {
    problems.push(`line ${line}: "${key}" should be text; left out`);
    return;
  }
  if (field === 'published') {
    // A date names its year: "next week" or "Tuesday" is no publication date.
    const day = /\b\d{4}\b/.test(text) ? parseHeaderDate(text) : null;
    if (day) headers.published ??= day;
    else problems.push(`line ${line}: "${key}: ${clip(text)}" is not a date (expected YYYY-MM-DD); left out`);
  } else if (field === 'url') {
    if (/^https?:\/\/\S+$/i.test(text)) headers.url ??= text;
    else if (key.toLowerCase() === 'source' && text.split(/\s+/).length <= 6) headers.outlet ??= text;
    else problems.push(`line ${line}: "${key}: ${clip(text)}" is not a web address (http:// or https://); left out`);
  } else headers[field] ??= text;
}

/** Text, a number, or a list of them (authors); null for anything else. */
function asText(v: unknown): string | null {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) return v.join(', ');
  return null;
}

function plainYamlError(e: YAMLError): string {
  switch (e.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value holds ": "; put that value in quotes';
    case 'DUPLICATE_KEY':
      return 'a key is given twice';
    case 'BAD_INDENT':
    case 'TAB_AS_INDENT':
      return 'the indentation is off';
    case 'BAD_SCALAR_START':
      return 'a value starts with a character YAML reserves (@, `, % …); put that value in quotes';
    case 'MISSING_CHAR':
      return 'a quote or bracket is never closed';
    default:
      return e.message.split(/ at line \d+|\n/)[0]!.trim();
  }
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
