import YAML from 'yaml';
import type { Block } from './blocks.js';

/** An article as the corpus keeps it: YAML front matter, then the text as plain Markdown. */
export interface ArticleFile {
  title: string;
  outlet: string;
  url: string;
  published: string | null;
  author: string | null;
  fetched: string;
  blocks: Block[];
}

/**
 * The file's text. Every value is a double-quoted YAML string, so a date stays a string (YAML 1.1
 * readers would turn 2027-04-16 into a Date) and a title with a colon stays one value. Missing
 * fields are left out rather than written empty.
 */
export function renderArticleFile(a: ArticleFile): string {
  const front: Record<string, string> = { title: a.title, outlet: a.outlet, url: a.url };
  if (a.published) front.published = a.published;
  if (a.author) front.author = a.author;
  front.fetched = a.fetched;
  const yaml = YAML.stringify(front, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const body = a.blocks.map(markdownOf).join('\n\n');
  return `---\n${yaml}---\n\n# ${oneLine(a.title)}\n\n${body}\n`;
}

/**
 * A paragraph is written as it reads. A line that Markdown would take for structure (a heading
 * mark, a list marker, a quote sign) gets a backslash, so article text stays text.
 */
function markdownOf(b: Block): string {
  const text = oneLine(b.text);
  if (b.kind === 'h') return `## ${text}`;
  if (b.kind === 'li') return `- ${text}`;
  return /^(#{1,6}\s|[-+*>]\s|\d+[.)]\s|[=-]{3,}\s*$)/.test(text) ? `\\${text}` : text;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The front matter at the top of a Markdown file, or null when it has none or it is unreadable. */
export function readFrontMatter(text: string): Record<string, unknown> | null {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return null;
  try {
    const data = YAML.parse(m[1]!) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
